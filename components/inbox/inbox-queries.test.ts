import fs from "node:fs";
import path from "node:path";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { inboxQueries, queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { keysForChange } from "@/components/inbox/live-stream";

// One QueryClient serves the whole app: a key filled with two shapes breaks whichever component reads
// the other one (the saved-replies dialog cached `{ snippets }`, the composer's "/" menu an array).

const SAMPLE_ARGS: Record<string, unknown[]> = {};
const build = (name: keyof typeof queryKeys) =>
  (queryKeys[name] as (...args: unknown[]) => readonly unknown[])(...(SAMPLE_ARGS[name] ?? ["x"]));
const names = Object.keys(queryKeys) as (keyof typeof queryKeys)[];

describe("query keys", () => {
  it("give every kind of data a first segment of its own, so no key or prefix of one kind reaches another", () => {
    const owners = new Map<unknown, string>();
    for (const name of names) {
      const first = build(name)[0];
      expect(owners.get(first), `${name} and ${owners.get(first)} share "${String(first)}"`).toBeUndefined();
      owners.set(first, name);
    }
  });

  it("invalidate families that each match the keys of their own kind only", () => {
    const firsts = new Set(names.map((n) => build(n)[0]));
    for (const family of Object.values(queryFamilies))
      for (const segment of family) expect(firsts.has(segment)).toBe(true);
  });

  it("are what the live stream refreshes: every key a change makes stale belongs to a kind of data", () => {
    const firsts = new Set(names.map((n) => build(n)[0]));
    for (const type of ["message", "chat", "note", "case", "scheduled", "notification", "account"] as const) {
      for (const chatId of ["c1", null]) {
        const { first, then } = keysForChange({ type, chatId } as Parameters<typeof keysForChange>[0]);
        for (const key of [...first, ...then]) expect(firsts.has(key[0]), `${type}: ${JSON.stringify(key)}`).toBe(true);
      }
    }
  });

  it("are the only keys the components use (no literal key arrays anywhere else)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.tsx?$/.test(entry.name) &&
          !entry.name.endsWith(".test.ts") &&
          !file.endsWith(path.join("inbox", "inbox-queries.ts"))
        ) {
          const text = fs.readFileSync(file, "utf8");
          if (/queryKey:\s*\[|QueryData(<[^>]*>)?\(\s*\[|queryKey\[0\]\s*===\s*"/.test(text))
            offenders.push(path.relative(process.cwd(), file));
        }
      }
    };
    walk(path.resolve("components"));
    walk(path.resolve("app"));
    expect(offenders).toEqual([]);
  });
});

describe("saved replies query", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keeps one shape in the cache for the dialog and the composer's menu, in either order", async () => {
    const body = { snippets: [{ id: "s1", shortcut: "hi", title: "Привет", text: "Здравствуйте!" }] };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })),
    );
    const qc = new QueryClient();
    // The composer's menu reads the same entry through `select`; the dialog reads it whole.
    const cached = await qc.fetchQuery(inboxQueries.snippets());
    expect(cached.snippets.map((s) => s.shortcut)).toEqual(["hi"]);
    expect(qc.getQueryData(inboxQueries.snippets().queryKey)).toEqual(body);
  });
});
