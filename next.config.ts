import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { nextSecurityHeaders } from "./lib/http/security-headers";

export default function nextConfig(phase: string): NextConfig {
  return {
    // PGlite loads its WASM and data files from its own package directory at run time; undici (the guarded
    // outbound client) is loaded once from node_modules rather than bundled into each route.
    serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs", "undici"],
    poweredByHeader: false,
    // The e2e tests and the simulator address the dev server as 127.0.0.1.
    allowedDevOrigins: ["127.0.0.1"],
    typedRoutes: false,
    // The browser formats dictionary messages the server parsed (lib/i18n/parsed-dictionary.ts), so its
    // bundle takes the ICU parser package's no-parser entry: same formatter, without the parser's weight.
    turbopack: {
      resolveAlias: {
        "@formatjs/icu-messageformat-parser": { browser: "@formatjs/icu-messageformat-parser/no-parser.js" },
      },
    },
    // next dev needs eval (React Refresh) and a websocket (HMR); a build gets neither.
    headers: async () => nextSecurityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER }),
  };
}
