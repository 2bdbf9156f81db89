// bench:inbox --explain: the plan of every statement a request runs, as PostgreSQL executed it
// (EXPLAIN (ANALYZE, BUFFERS) of the captured text and parameters), so a slow scenario shows where its
// time goes. The statements are captured at the driver (pg.Pool#query), under Prisma.
import pg from "pg";

type Captured = { text: string; values: unknown[] };

let capturing: Captured[] | null = null;
const original = pg.Pool.prototype.query;
let patched = false;

function patch() {
  if (patched) return;
  patched = true;
  pg.Pool.prototype.query = function (this: pg.Pool, config: unknown, values?: unknown) {
    if (capturing) {
      if (typeof config === "string") capturing.push({ text: config, values: (values as unknown[]) ?? [] });
      else if (config && typeof config === "object" && "text" in config)
        capturing.push({ text: String(config.text), values: (config as { values?: unknown[] }).values ?? [] });
    }
    return (original as (...args: unknown[]) => unknown).apply(
      this,
      [config, values].filter((x) => x !== undefined),
    );
  } as typeof pg.Pool.prototype.query;
}

/** Installs the capture; call before the database is opened. */
export function captureStatements() {
  patch();
}

/** Runs `request` once, capturing its statements, then prints each SELECT's plan with its timing. */
export async function explainRequest({
  name,
  request,
  pgUrl,
  schema,
}: {
  name: string;
  request: () => Promise<unknown>;
  pgUrl: string;
  schema: string;
}) {
  capturing = [];
  try {
    await request();
  } finally {
    // keep what was captured
  }
  const statements = capturing;
  capturing = null;
  const client = new pg.Client({ connectionString: pgUrl, options: `-c search_path="${schema}"` });
  await client.connect();
  try {
    console.log(`\n### ${name}`);
    for (const s of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(s.text) || /pg_notify|current_setting/.test(s.text)) continue;
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      const lines = plan.rows.map((r) => r["QUERY PLAN"]);
      const total = lines.find((l) => l.startsWith("Execution Time"));
      console.log(`-- ${s.text.replace(/\s+/g, " ").slice(0, 160)}${s.text.length > 160 ? " ..." : ""}`);
      console.log(`-- ${total}`);
      for (const l of lines) if (!l.startsWith("Execution Time")) console.log(`   ${l}`);
    }
  } finally {
    await client.end();
  }
}
