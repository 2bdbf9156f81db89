import type { GuardrailCase, LabelledMessage } from "@/lib/ai/eval/eval-sets";
import type { Classification } from "@/lib/ai/types";

export type Confusion<L extends string> = { labels: readonly L[]; counts: Record<L, Record<L, number>> };

function emptyConfusion<L extends string>(labels: readonly L[]): Confusion<L> {
  const counts = Object.fromEntries(labels.map((a) => [a, Object.fromEntries(labels.map((b) => [b, 0]))])) as Record<
    L,
    Record<L, number>
  >;
  return { labels, counts };
}

export type ClassifierScore = {
  total: number;
  intentAccuracy: number;
  sentimentAccuracy: number;
  intent: Confusion<Classification["intent"]>;
  sentiment: Confusion<Classification["sentiment"]>;
  misses: { row: LabelledMessage; got: Pick<Classification, "intent" | "sentiment"> }[];
};

export function scoreClassifier({
  rows,
  classify,
  intents,
  sentiments,
}: {
  rows: readonly LabelledMessage[];
  classify: (row: LabelledMessage) => Pick<Classification, "intent" | "sentiment">;
  intents: readonly Classification["intent"][];
  sentiments: readonly Classification["sentiment"][];
}): ClassifierScore {
  const intent = emptyConfusion(intents);
  const sentiment = emptyConfusion(sentiments);
  const misses: ClassifierScore["misses"] = [];
  let intentHits = 0;
  let sentimentHits = 0;
  for (const row of rows) {
    const got = classify(row);
    intent.counts[row.intent][got.intent]++;
    sentiment.counts[row.sentiment][got.sentiment]++;
    if (got.intent === row.intent) intentHits++;
    if (got.sentiment === row.sentiment) sentimentHits++;
    if (got.intent !== row.intent || got.sentiment !== row.sentiment) misses.push({ row, got });
  }
  return {
    total: rows.length,
    intentAccuracy: intentHits / rows.length,
    sentimentAccuracy: sentimentHits / rows.length,
    intent,
    sentiment,
    misses,
  };
}

export type GuardrailScore = {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  missed: GuardrailCase[];
  falseAlarms: { row: GuardrailCase; matches: string[] }[];
  flaggedOnly: number;
};

// A case counts as caught when the check refuses to send it (ok === false); flags that only warn the
// operator do not count either way, so precision is about blocking legitimate replies.
export function scoreGuardrails({
  rows,
  check,
}: {
  rows: readonly GuardrailCase[];
  check: (row: GuardrailCase) => { ok: boolean; findings: { severity: string; kind: string; match: string }[] };
}): GuardrailScore {
  const score: GuardrailScore = {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
    precision: 0,
    recall: 0,
    missed: [],
    falseAlarms: [],
    flaggedOnly: 0,
  };
  for (const row of rows) {
    const result = check(row);
    const caught = !result.ok;
    if (caught && row.violation) score.tp++;
    else if (caught) {
      score.fp++;
      score.falseAlarms.push({
        row,
        matches: result.findings.filter((f) => f.severity === "block").map((f) => `${f.kind}: ${f.match}`),
      });
    } else if (row.violation) {
      score.fn++;
      score.missed.push(row);
    } else score.tn++;
    if (!caught && result.findings.length > 0) score.flaggedOnly++;
  }
  // With nothing to catch (or nothing caught) the ratio is undefined; report it as perfect only when
  // there was no way to be wrong.
  score.precision = score.tp + score.fp === 0 ? (score.fn === 0 ? 1 : 0) : score.tp / (score.tp + score.fp);
  score.recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn);
  return score;
}

// Nearest-rank percentile.
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function formatConfusion<L extends string>({ labels, counts }: Confusion<L>): string {
  const width = Math.max(12, ...labels.map((l) => l.length + 2));
  const cell = (s: string | number) => String(s).padStart(width);
  const header = `${"expected \\ got".padEnd(16)}${labels.map(cell).join("")}${cell("recall")}`;
  const lines = labels.map((expected) => {
    const row = counts[expected];
    const total = labels.reduce((sum, l) => sum + row[l], 0);
    const recall = total ? `${((row[expected] / total) * 100).toFixed(0)}%` : "-";
    return `${expected.padEnd(16)}${labels.map((got) => cell(row[got] || ".")).join("")}${cell(recall)}`;
  });
  return [header, ...lines].join("\n");
}
