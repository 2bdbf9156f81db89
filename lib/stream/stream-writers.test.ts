import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The live stream's rows have one writer, lib/stream (stream-subscribers.ts records what the domains
// announce; prune-stream-events.ts ages them out). Elsewhere a change announces a domain event
// (lib/events/domain-events.ts) instead, so an outbox row never depends on who called whom.
const ROOT = path.resolve(import.meta.dirname, "../..");
const STREAM = path.join(ROOT, "lib", "stream");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(tsx?|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

// The ways to write the table: the recorder, Prisma's model, or SQL naming it.
const WRITES = [
  /["']@\/lib\/stream\/record-stream-event["']/,
  /\.streamEvent\.(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\b/,
  /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?StreamEvent"?/i,
];

/** Files outside lib/stream that write the StreamEvent table, with the first line that does. */
function streamWritersOutsideStream(files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) => {
    if (file.startsWith(`${STREAM}${path.sep}`)) return [];
    const line = text.split("\n").findIndex((l) => WRITES.some((w) => w.test(l)));
    return line < 0 ? [] : [`${path.relative(ROOT, file)}:${line + 1}`];
  });
}

describe("StreamEvent writers", () => {
  it("only lib/stream writes the live stream's rows", () => {
    const files = ["lib", "app", "inngest", "components", "scripts"]
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
    expect(files.length).toBeGreaterThan(100);
    expect(streamWritersOutsideStream(files)).toEqual([]);
  });

  it("catches the recorder's import, a Prisma write and SQL naming the table", () => {
    const file = path.join(ROOT, "lib", "follow-ups", "x.ts");
    expect(
      streamWritersOutsideStream([
        { file, text: 'import { recordStreamEvent } from "@/lib/stream/record-stream-event";' },
      ]),
    ).toEqual(["lib/follow-ups/x.ts:1"]);
    expect(streamWritersOutsideStream([{ file, text: "a\nawait tx.streamEvent.createMany({ data })" }])).toEqual([
      "lib/follow-ups/x.ts:2",
    ]);
    expect(streamWritersOutsideStream([{ file, text: 'sql`INSERT INTO "StreamEvent" (id) VALUES (1)`' }])).toEqual([
      "lib/follow-ups/x.ts:1",
    ]);
    expect(
      streamWritersOutsideStream([{ file: path.join(STREAM, "y.ts"), text: "await tx.streamEvent.deleteMany({})" }]),
    ).toEqual([]);
    expect(streamWritersOutsideStream([{ file, text: "await tx.streamEvent.findMany({})" }])).toEqual([]);
  });
});
