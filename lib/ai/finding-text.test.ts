import { describe, expect, it } from "vitest";
import {
  findingMessageEn,
  findingRuleOfMessage,
  findingRuleText,
  findingText,
  withEnglishMessage,
} from "@/lib/ai/finding-text";
import { checkText } from "@/lib/ai/guardrails/check-text";
import type { Finding } from "@/lib/ai/types";

const CYRILLIC = /[а-яё]/i;

// Findings as rows stored before the English message existed: the same finding without messageEn.
function stored(text: string): Finding[] {
  return checkText({ text, marketplace: "wildberries", messageType: "chat" }).findings.map(
    ({ messageEn: _dropped, ...f }) => f,
  );
}

describe("English messages of stored findings", () => {
  it("rebuilds the message from the rule when the row has none", () => {
    const [phone] = stored("Звоните +7 916 123-45-67");
    expect(phone).toBeDefined();
    expect(phone!.messageEn).toBeUndefined();
    const english = findingText(phone!, "en");
    expect(english).not.toMatch(CYRILLIC);
    expect(english).toMatch(/phone/i);
    expect(findingText(phone!, "ru")).toBe(phone!.message);
  });

  it("keeps the figures of the length rule", () => {
    const finding = stored("а".repeat(1500)).find((f) => f.kind === "length");
    expect(finding).toBeDefined();
    const english = findingMessageEn(finding!);
    expect(english).not.toMatch(CYRILLIC);
    const [, length, limit] = finding!.message.match(/(\d+)\D+?(\d+)/)!;
    expect(english).toContain(`${length} of ${limit}`);
  });

  it("prefers a stored English message and falls back for an unknown rule", () => {
    expect(findingMessageEn({ message: "х", messageEn: "Stored" })).toBe("Stored");
    expect(findingMessageEn({ message: "Старое правило", kind: "retired" as never })).not.toMatch(CYRILLIC);
  });

  it("fills every finding of an old draft row", () => {
    const filled = stored("Пишите в телеграм @shop_msk или на почту shop@mail.ru").map(withEnglishMessage);
    expect(filled.length).toBeGreaterThan(0);
    for (const f of filled) expect(f.messageEn).toBeTruthy();
    for (const f of filled) expect(f.messageEn).not.toMatch(CYRILLIC);
  });
});

describe("the length rule's figures in words", () => {
  it("agree with the number in Russian and in English", () => {
    const rule = (length: number, limit: number) => ({
      kind: "length" as const,
      severity: "block" as const,
      length,
      limit,
    });
    expect(findingRuleText(rule(1002, 1001), "ru")).toBe(
      "Текст длиннее лимита площадки: 1002 из 1001 символа. Сократите на 1 символ.",
    );
    expect(findingRuleText(rule(1003, 1000), "ru")).toBe(
      "Текст длиннее лимита площадки: 1003 из 1000 символов. Сократите на 3 символа.",
    );
    expect(findingRuleText(rule(1002, 1001), "en")).toBe(
      "The text is longer than the marketplace allows: 1002 of 1001 characters. Shorten it by 1 character.",
    );
  });

  it("are read back from a row stored before the plural forms", () => {
    const old = "Текст длиннее лимита площадки: 1200 из 1000 символов. Сократите на 200.";
    expect(findingRuleOfMessage(old)).toEqual({ kind: "length", severity: "block", length: 1200, limit: 1000 });
    expect(findingMessageEn({ message: old, kind: "length", severity: "block" })).toBe(
      "The text is longer than the marketplace allows: 1200 of 1000 characters. Shorten it by 200 characters.",
    );
  });
});
