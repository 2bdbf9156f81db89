// npm run db:migrate - apply prisma/migrations to the configured database (PGlite or PostgreSQL).
import "./load-env";
import { database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";

const db = database();
const result = await applyMigrations({ db });
console.log(
  `${db.kind}: applied ${result.applied.length} of ${result.total} migrations${result.applied.length ? `: ${result.applied.join(", ")}` : ""}`,
);
await db.close();
