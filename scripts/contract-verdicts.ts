// npx tsx scripts/contract-verdicts.ts - the contract tests' verdict table (Markdown), from the known-failures
// list the green suite keeps exact: every connector operation and push type, pass (✓) or fail (✗) per mode.
import { CONTRACT_TARGETS } from "@/lib/marketplaces/contract/connector-operations";
import { KNOWN_CONNECTOR_FAILURES, KNOWN_PUSH_FAILURES } from "@/lib/marketplaces/contract/known-failures";
import { pushBody } from "@/lib/marketplaces/contract/push-body";
import { loadPushCases } from "@/lib/marketplaces/contract/push-cases";

const MODES = ["static", "seed 1", "seed 2", "seed 3", "seed 4", "seed 5"];
const mark = (known: string | undefined) => (known ? "✗" : "✓");

const lines: string[] = [
  "## Connector operations (answers / requests)",
  "",
  `| marketplace | operation | ${MODES.join(" | ")} |`,
  `|---|---|${MODES.map(() => "---").join("|")}|`,
];
for (const target of CONTRACT_TARGETS) {
  for (const op of target.operations) {
    const cells = MODES.map((mode) => {
      const key = `${target.marketplace}|${op.name}|${mode}`;
      return `${mark(KNOWN_CONNECTOR_FAILURES[`${key}|answers`])} / ${mark(KNOWN_CONNECTOR_FAILURES[`${key}|requests`])}`;
    });
    lines.push(`| ${target.marketplace} | ${op.name} | ${cells.join(" | ")} |`);
  }
}

lines.push(
  "",
  "## Pushes (acknowledged / reaches the inbox; - where the type or body is not for the inbox)",
  "",
  `| marketplace | type | ${MODES.join(" | ")} |`,
  `|---|---|${MODES.map(() => "---").join("|")}|`,
);
for (const c of await loadPushCases()) {
  const cells = MODES.map((mode) => {
    const key = `${c.marketplace}|${c.type}|${mode}`;
    const pushMode =
      mode === "static" ? { kind: "static" as const } : { kind: "random" as const, seed: Number(mode.split(" ")[1]) };
    const inbox = c.forInbox(JSON.parse(pushBody(c, pushMode))) ? mark(KNOWN_PUSH_FAILURES[`${key}|inbox`]) : "-";
    return `${mark(KNOWN_PUSH_FAILURES[`${key}|answer`])} / ${inbox}`;
  });
  lines.push(`| ${c.marketplace} | ${c.type} | ${cells.join(" | ")} |`);
}

const labels = new Map<string, number>();
for (const label of [...Object.values(KNOWN_CONNECTOR_FAILURES), ...Object.values(KNOWN_PUSH_FAILURES)])
  labels.set(label, (labels.get(label) ?? 0) + 1);
lines.push("", "## Failing cases by bug", "", ...[...labels].map(([label, n]) => `- ${label}: ${n}`));
console.log(lines.join("\n"));
