import { describe, expect, it } from "vitest";
import { guardrailCaseSchema, labelledMessageSchema, parseJsonl } from "@/lib/ai/eval/eval-sets";
import { formatConfusion, percentile, scoreClassifier, scoreGuardrails } from "@/lib/ai/eval/score";
import { intentSchema, sentimentSchema } from "@/lib/ai/types";

describe("parseJsonl", () => {
  it("accepts other teams' spelling of labels and marketplaces", () => {
    const rows = parseJsonl({
      name: "t.jsonl",
      schema: labelledMessageSchema,
      content: '{"text":"a","marketplace":"OZON","intent":"Size","sentiment":"NEUTRAL"}\n\n',
    });
    expect(rows).toEqual([{ text: "a", marketplace: "ozon", intent: "size_fit", sentiment: "neutral" }]);
  });

  it("names the file and line of every bad case", () => {
    const content = [
      '{"text":"ok","marketplace":"avito","violation":false}',
      "{oops",
      '{"text":"x","marketplace":"EBAY","violation":true}',
    ].join("\n");
    expect(() => parseJsonl({ name: "g.jsonl", schema: guardrailCaseSchema, content })).toThrow(
      /g\.jsonl:2: not valid JSON[\s\S]*g\.jsonl:3: marketplace/,
    );
  });
});

describe("scoreClassifier", () => {
  it("counts accuracy and fills the confusion table by expected and predicted label", () => {
    const rows = [
      { text: "1", marketplace: "ozon" as const, intent: "delivery" as const, sentiment: "neutral" as const },
      { text: "2", marketplace: "ozon" as const, intent: "defect" as const, sentiment: "negative" as const },
      { text: "3", marketplace: "ozon" as const, intent: "defect" as const, sentiment: "negative" as const },
      { text: "4", marketplace: "ozon" as const, intent: "thanks" as const, sentiment: "positive" as const },
    ];
    const predictions = {
      "1": { intent: "delivery", sentiment: "neutral" },
      "2": { intent: "return", sentiment: "negative" },
      "3": { intent: "defect", sentiment: "neutral" },
      "4": { intent: "thanks", sentiment: "positive" },
    } as const;
    const score = scoreClassifier({
      rows,
      classify: (r) => predictions[r.text as "1"],
      intents: intentSchema.options,
      sentiments: sentimentSchema.options,
    });
    expect(score.intentAccuracy).toBe(0.75);
    expect(score.sentimentAccuracy).toBe(0.75);
    expect(score.intent.counts.defect.return).toBe(1);
    expect(score.intent.counts.defect.defect).toBe(1);
    expect(score.misses.map((m) => m.row.text)).toEqual(["2", "3"]);
    expect(formatConfusion(score.intent)).toMatch(/defect\s+\.\s+\.\s+1\s+1/);
  });
});

describe("scoreGuardrails", () => {
  it("computes precision and recall from blocked results only", () => {
    const rows = [
      { text: "bad1", marketplace: "ozon" as const, violation: true },
      { text: "bad2", marketplace: "ozon" as const, violation: true },
      { text: "good1", marketplace: "ozon" as const, violation: false },
      { text: "good2", marketplace: "ozon" as const, violation: false },
    ];
    const blocked = new Set(["bad1", "good1"]);
    const score = scoreGuardrails({
      rows,
      check: (r) => ({
        ok: !blocked.has(r.text),
        findings: r.text === "good2" ? [{ severity: "flag", kind: "phone", match: "x" }] : [],
      }),
    });
    expect(score).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, flaggedOnly: 1 });
    expect(score.missed.map((r) => r.text)).toEqual(["bad2"]);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([5, 1, 3], 50)).toBe(3);
  });
});
