/** @type {import('next').NextConfig} */
const nextConfig = {
  // Node-only packages that must not be bundled: twilio breaks under Turbopack (twilio-node
  // #1152), PGlite loads its WASM and data files from its own package folder. The OpenTelemetry
  // SDK holds its provider and Prisma's instrumentation in globals, and prom-client its registry:
  // one copy, shared by the instrumentation hook and the route handlers.
  serverExternalPackages: [
    "twilio",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "@prisma/adapter-pg",
    "@opentelemetry/api",
    "@opentelemetry/context-async-hooks",
    "@opentelemetry/core",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/instrumentation",
    "@opentelemetry/resources",
    "@opentelemetry/sdk-trace",
    "@prisma/instrumentation",
    "prom-client",
  ],
  poweredByHeader: false,
  output: "standalone",
  // `npm run typecheck` type-checks the whole repository (app, simulator, tests) once; the build
  // does not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
