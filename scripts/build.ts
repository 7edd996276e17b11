// npm run build – the production build, ready to serve from .next/standalone (npm start).
import { buildStandalone } from "./lib/build";

buildStandalone().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
