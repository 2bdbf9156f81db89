import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The import graph of lib/ (its non-test TypeScript files, type-only and dynamic imports included: a
// domain that names another's types depends on it). A domain is a folder of lib/ (lib/inbox, ...) or a
// top-level file (lib/db.ts is "db").
const ROOT = path.resolve(import.meta.dirname, "..");
const LIB = path.join(ROOT, "lib");

// No domain imports back up the graph: a domain's dependencies never lead back to it. Where two domains
// needed each other, the shared piece moved to the lower one or below both (lib/allowed-host.ts under
// lib/env and lib/net; the demo world's types in the simulator), or the upper piece moved up (the
// production server's direct answers, lib/direct-answers, above lib/http and the domains they call). The
// message store (inbox, ingest) never imports the domains that follow it (follow-ups, negative reviews,
// reports' resolutions, the stream's message events): they subscribe to its events (lib/events/bus.ts,
// wired in lib/domain-subscribers.ts). The job list (lib/job-list.ts) sits above the domains in the same
// way: they use lib/jobs (claim-batch, dispatch-event), which imports none of them.

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const files = sourceFiles(LIB);
  const known = new Set(files);
  const resolve = (target: string) =>
    [`${target}.ts`, `${target}.tsx`, path.join(target, "index.ts"), target].find((f) => known.has(f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const base = fileName.startsWith("@/")
        ? path.join(ROOT, fileName.slice(2))
        : fileName.startsWith(".")
          ? path.resolve(path.dirname(file), fileName)
          : null;
      const hit = base ? resolve(base) : undefined;
      return hit ? [hit] : [];
    });
    graph.set(file, targets);
  }
  return graph;
}

const domainOf = (file: string) => (path.relative(LIB, file).split(path.sep)[0] ?? "").replace(/\.tsx?$/, "");

/** Cycles as strongly connected components of more than one node (or a node importing itself). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function domainGraph(files: Map<string, string[]>): { graph: Map<string, string[]>; edges: Map<string, string> } {
  const graph = new Map<string, Set<string>>();
  const edges = new Map<string, string>();
  for (const [file, targets] of files) {
    const from = domainOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of targets) {
      const to = domainOf(target);
      if (to === from) continue;
      graph.get(from)!.add(to);
      if (!edges.has(`${from} -> ${to}`))
        edges.set(`${from} -> ${to}`, `${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}`);
    }
  }
  return { graph: new Map([...graph].map(([k, v]) => [k, [...v]])), edges };
}

describe("lib/ imports", () => {
  const files = importGraph();

  it("reads the graph (the test would pass on an empty one)", () => {
    expect(files.size).toBeGreaterThan(100);
    const { edges } = domainGraph(files);
    expect(edges.has("follow-ups -> inbox")).toBe(true);
  });

  it("has no import cycle between files", () => {
    expect(cycles(files).map((c) => c.map((f) => path.relative(ROOT, f)))).toEqual([]);
  });

  it("has no import cycle between domains", () => {
    const { graph, edges } = domainGraph(files);
    const found = cycles(graph).map((component) => {
      const inside = new Set(component);
      return component.flatMap((from) =>
        (graph.get(from) ?? [])
          .filter((to) => inside.has(to))
          .map((to) => `${from} -> ${to} (${edges.get(`${from} -> ${to}`)})`),
      );
    });
    expect(found).toEqual([]);
  });

  it("keeps the message store free of the domains that follow it (they subscribe to its events)", () => {
    const { graph } = domainGraph(files);
    const imports = (from: string, to: string) => (graph.get(from) ?? []).includes(to);
    for (const store of ["inbox", "ingest"]) expect(imports(store, "follow-ups"), `${store} -> follow-ups`).toBe(false);
    expect(imports("ingest", "negative-reviews"), "ingest -> negative-reviews").toBe(false);
    expect(imports("negative-reviews", "inbox"), "negative-reviews -> inbox").toBe(false);
  });
});
