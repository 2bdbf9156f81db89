import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package directory at run time; undici (the guarded
  // outbound client) is loaded once from node_modules rather than bundled into each route.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs", "undici"],
  poweredByHeader: false,
  // The e2e tests and the simulator address the dev server as 127.0.0.1.
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
