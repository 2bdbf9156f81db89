import { describe, expect, it } from "vitest";
import { followUpRulesUpdateSchema } from "@/lib/follow-ups/follow-up-rules-schema";

const rule = { kind: "RESOLVED" as const, enabled: true, delayDays: 3, template: "  Спасибо!  " };

describe("follow-up rules: the form and the route check them with one schema", () => {
  it("keeps a delay from one day to half a year, naming the rule's field", () => {
    const refused = followUpRulesUpdateSchema.safeParse({ rules: [rule, { ...rule, kind: "REFILL", delayDays: 0 }] });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.code])).toEqual([["rules.1.delayDays", "too_small"]]);
    expect(followUpRulesUpdateSchema.safeParse({ rules: [{ ...rule, delayDays: 181 }] }).success).toBe(false);
    expect(followUpRulesUpdateSchema.safeParse({ rules: [{ ...rule, delayDays: Number.NaN }] }).success).toBe(false);
  });

  it("trims a template and bounds its length", () => {
    expect(followUpRulesUpdateSchema.parse({ rules: [rule] }).rules[0]!.template).toBe("Спасибо!");
    const long = followUpRulesUpdateSchema.safeParse({ rules: [{ ...rule, template: "я".repeat(1001) }] });
    expect(long.error?.issues[0]).toMatchObject({ path: ["rules", 0, "template"], code: "too_big" });
  });
});
