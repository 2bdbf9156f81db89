import { describe, expect, it } from "vitest";
import { findNumberRuns } from "@/lib/ai/guardrails/number-runs";

describe("findNumberRuns", () => {
  it("reads spelled-out groups the way they are dictated", () => {
    const [run] = findNumberRuns("звоните: восемь девятьсот пять сто два сорок ноль семь, спасибо");
    expect(run?.digits).toBe("89051024007");
    expect(run?.hasWords).toBe(true);
  });

  it("keeps hundreds three digits wide and teens two", () => {
    expect(findNumberRuns("сто пять двенадцать")[0]?.digits).toBe("10512");
  });

  it("mixes digits, words and look-alike letters in one run with exact offsets", () => {
    const text = "номер: 8 девятьсот 12З-4О-55 ок";
    const [run] = findNumberRuns(text);
    expect(run?.digits).toBe("89001234055");
    expect(run?.hasLookalikes).toBe(true);
    expect(text.slice(run!.start, run!.end)).toBe("8 девятьсот 12З-4О-55");
  });

  it("takes letters-only look-alikes only between numbers", () => {
    expect(findNumberRuns("8 92l OOO l2 34")[0]?.digits).toBe("89210001234");
    expect(findNumberRuns("договор 1234567 ООО «Север»").map((r) => r.digits)).toEqual(["1234567"]);
  });

  it("does not join numbers separated by words or currency", () => {
    const runs = findNumberRuns("размер 42, цена 1 990 ₽, доставка 3 дня");
    expect(runs.map((r) => r.digits)).toEqual(["42", "1990", "3"]);
  });
});
