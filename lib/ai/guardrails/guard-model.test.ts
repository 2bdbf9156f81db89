import { statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeHead } from "@/lib/ai/classify/linear-model";
import { guardrailCaseSchema, loadJsonl } from "@/lib/ai/eval/eval-sets";
import { findingText } from "@/lib/ai/finding-text";
import { checkText, ruleFindings } from "@/lib/ai/guardrails/check-text";
import { GUARD_LABELS } from "@/lib/ai/guardrails/guard-families";
import { GUARD_MODEL, guardProbability } from "@/lib/ai/guardrails/guard-model";
import { guardExamples, guardLabel, trainGuardHead } from "@/lib/ai/guardrails/train-guard-model";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

describe("the shipped guardrail model", () => {
  it("loads with the figures its trainer cross-validated, trained on training sets only", () => {
    expect(statSync(path.join(import.meta.dirname, "guard-model.json")).size).toBeLessThan(150 * 1024);
    expect(GUARD_MODEL.trainedOn).toContain("lib/ai/eval/guardrails-train5.jsonl");
    for (const file of GUARD_MODEL.trainedOn) expect(file).not.toMatch(/blind|holdout/);
    expect(GUARD_MODEL.head.labels).toEqual([...GUARD_LABELS]);
    expect(GUARD_MODEL.head.weights).toHaveLength(GUARD_MODEL.buckets * GUARD_LABELS.length);
    expect(GUARD_MODEL.crossValidated.threshold).toBe(GUARD_MODEL.threshold);
    expect(GUARD_MODEL.crossValidated.precision).toBeGreaterThanOrEqual(0.99);
    expect(GUARD_MODEL.crossValidated.recall).toBeGreaterThan(0.5);
  });
});

describe("ordinary seller replies", () => {
  // Written apart from the training texts: apologies that offer a refund or a replacement, thanks for a
  // review, a product name in Latin letters. The model trained without ordinary replies blocked each of these.
  it.each([
    "Благодарим за высокую оценку!",
    "Delta: всё ли в порядке?",
    "Omega: всё хорошо с посылкой?",
    "Павел, извините! Вернём деньги или заменим — как удобнее?",
    "Как вам удобнее получить замену?",
    "Пришлите фото",
  ])("pass: %s", (text) => {
    expect(checkText({ text, marketplace: "wildberries" })).toMatchObject({ ok: true });
  });
});

describe("checkText with rules and the model", () => {
  const text = "Черкните нам в телегу, обсудим детали";

  it("blocks a disguised contact that no rule blocks, naming the family and the words", () => {
    expect(ruleFindings({ text, marketplace: "ozon" }).filter((f) => f.severity === "block")).toEqual([]);
    const result = checkText({ text, marketplace: "ozon" });
    expect(result.ok).toBe(false);
    const finding = result.findings.find((f) => f.severity === "block")!;
    expect(finding.kind).toBe("contact");
    expect(finding.match).toBe("телегу");
    expect(findingText(finding, "ru")).toContain("«телегу»");
    expect(findingText(finding, "ru")).toMatch(/контакт/);
    expect(findingText(finding, "en")).toContain('"телегу"');
    expect(findingText(finding, "en")).toMatch(/contact/);
    // In English only the quoted words are the text's own.
    expect(findingText(finding, "en").replace(/"[^"]*"/g, "")).not.toMatch(/[а-яё]/i);
  });

  it("blocks pressure about a review that no rule blocks", () => {
    const pressure = "Пересмотрите своё мнение о нас, ну пожалуйста, мы же старались";
    expect(ruleFindings({ text: pressure, marketplace: "ozon" }).some((f) => f.severity === "block")).toBe(false);
    const result = checkText({ text: pressure, marketplace: "ozon" });
    expect(result.findings.find((f) => f.severity === "block")?.kind).toBe("review_pressure");
  });

  it.each<[string, Marketplace]>([
    ["Трек-номер посылки пришлём в этом чате", "ozon"],
    ["Тележка для продуктов складная, колёса резиновые", "ozon"],
    ["Напишите нам здесь, в чате, ответим быстро", "wildberries"],
    ["Скидка действует по акции площадки до пятницы", "wildberries"],
    ["Оплата картой при получении в пункте выдачи", "ozon"],
    ["Thanks for the honest review, we fixed the zipper issue", "amazon"],
  ])("passes the look-alike %s", (lookAlike, marketplace) => {
    expect(checkText({ text: lookAlike, marketplace }).ok).toBe(true);
    expect(guardProbability(GUARD_MODEL, lookAlike).p).toBeLessThan(GUARD_MODEL.threshold);
  });
});

describe("training", () => {
  const rows = loadJsonl({
    file: path.join(import.meta.dirname, "../eval/guardrails-train4.jsonl"),
    schema: guardrailCaseSchema,
  }).slice(0, 120);
  const labelled = rows.map((row) => ({ row, label: guardLabel(row)! }));

  it("labels a violation by the family its case names and a legitimate text as none", () => {
    expect(labelled.find((l) => l.row.rule === "review_reward")?.label).toBe("review_reward");
    expect(labelled.find((l) => !l.row.violation)?.label).toBe("none");
  });

  it("writes the same model from the same training text", () => {
    const options = { buckets: 1024, epochs: 15, l2: 0.0001 };
    const first = encodeHead(trainGuardHead(guardExamples(labelled), options));
    const second = encodeHead(trainGuardHead(guardExamples(labelled), options));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.weights.length).toBeGreaterThan(0);
  });
});
