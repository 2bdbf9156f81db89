import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI needs DATABASE_URL even for the embedded database; without it the CLI tries to
// download a native engine. The placeholder is never connected to: the adapter below decides.
const EMBEDDED_PLACEHOLDER = "postgresql://embedded@localhost/pglite";
process.env.DATABASE_URL ||= EMBEDDED_PLACEHOLDER;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url && url !== EMBEDDED_PLACEHOLDER) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    // Without a server the CLI only needs a scratch database (migrate diff). The embedded database
    // under .data/ is migrated by the app itself (lib/db/migrate.ts, `npm run db:migrate`), because
    // PGlite allows one process at a time.
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
