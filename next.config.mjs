/** @type {import('next').NextConfig} */
const nextConfig = {
  // Node-only packages that must not be bundled: twilio breaks under Turbopack (twilio-node
  // #1152), PGlite loads its WASM and data files from its own package folder.
  serverExternalPackages: ["twilio", "@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  output: "standalone",
  // `npm run typecheck` type-checks the whole repository (app, simulator, tests) once; the build
  // does not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
