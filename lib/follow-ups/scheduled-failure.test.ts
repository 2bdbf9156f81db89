import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { AppError } from "@/lib/errors";
import { findingRule } from "@/lib/ai/finding-text";
import { thrownFailure } from "@/lib/follow-ups/scheduled-failure";
import { scheduledFailureText, storedScheduledFailure } from "@/lib/follow-ups/scheduled-failure-text";
import { canSendProactive } from "@/lib/marketplaces/proactive-policy";

const stored = (error: string, errorParams: unknown = null) => storedScheduledFailure({ error, errorParams });

describe("a scheduled message's failure as a code", () => {
  it("keeps the length rule's figures and the other rules by kind", () => {
    const { findings } = checkText({
      text: `Позвоните: +7 999 123-45-67 ${"а".repeat(5000)}`,
      marketplace: "wildberries",
      messageType: "chat",
    });
    const codes = findings.map(findingRule);
    expect(codes).toContainEqual({ kind: "phone", severity: "block" });
    expect(codes.find((c) => c.kind === "length")).toMatchObject({
      severity: "block",
      limit: expect.any(Number),
      length: expect.any(Number),
    });
  });

  it("reads a guardrail refusal, a missing chat and anything else thrown", () => {
    const guardrails = new AppError("unprocessable", "x", {
      expose: true,
      details: { reason: "guardrails", findings: [{ kind: "email", severity: "block", message: "…" }] },
    });
    expect(thrownFailure(guardrails)).toEqual({
      code: "guardrails",
      params: { findings: [{ kind: "email", severity: "block" }] },
    });
    expect(thrownFailure(new AppError("not_found", "Chat not found", { expose: true }))).toEqual({
      code: "chat_not_found",
    });
    expect(thrownFailure(new Error("boom"))).toEqual({ code: "internal" });
  });
});

describe("stored scheduled failures", () => {
  it("a coded row is read as it is and worded in both languages", () => {
    const failure = stored("not_allowed", { refusal: "type_required", types: "unexpectedProblem" });
    expect(scheduledFailureText(failure, "ru")).toBe("Выберите тип сообщения Amazon: unexpectedProblem");
    expect(scheduledFailureText(failure, "en")).toBe("Choose an Amazon message type: unexpectedProblem");
    expect(
      scheduledFailureText(stored("template_guardrails", { findings: [{ kind: "link", severity: "block" }] }), "en"),
    ).toMatch(/^The template breaks the marketplace's rules: External link/);
  });

  it("every refusal of the policy, stored in Russian the old way, is read back to its code and values", () => {
    const chat = {
      kind: "CHAT" as const,
      status: "OPEN" as const,
      contextType: "NONE" as const,
      buyerMessages: 0,
      optedOut: false,
    };
    const verdicts = [
      canSendProactive({ policy: "buyer_opened", chat, purpose: "manual" }),
      canSendProactive({ policy: "order_context", chat, purpose: "manual" }),
      canSendProactive({ policy: "offered_types", chat, purpose: "rule" }),
      canSendProactive({ policy: "offered_types", chat, purpose: "manual" }),
      canSendProactive({ policy: "offered_types", chat, purpose: "manual", offeredTypes: [] }),
      canSendProactive({
        policy: "offered_types",
        chat,
        purpose: "manual",
        offeredTypes: ["unexpectedProblem", "confirmDeliveryDetails"],
      }),
      canSendProactive({
        policy: "offered_types",
        chat,
        purpose: "manual",
        offeredTypes: ["unexpectedProblem"],
        requestedType: "confirmOrderDetails",
      }),
      canSendProactive({ policy: "buyer_opened", chat: { ...chat, optedOut: true }, purpose: "manual" }),
    ];
    for (const verdict of verdicts) {
      if (verdict.ok) throw new Error("expected a refusal");
      const { code, params, en } = verdict.refusal;
      const failure = stored(verdict.refusal.ru);
      expect(failure).toEqual({ code: "not_allowed", params: { refusal: code, ...params } });
      expect(scheduledFailureText(failure, "en")).toBe(en);
    }
  });

  it("old guardrail texts are read back only when every rule is known", () => {
    expect(
      stored("Шаблон нарушает правила маркетплейса: Текст длиннее лимита площадки: 10 из 5 символов. Сократите на 5."),
    ).toEqual({
      code: "template_guardrails",
      params: { findings: [{ kind: "length", severity: "block", length: 10, limit: 5 }] },
    });
    expect(stored("Текст нарушает правила маркетплейса: слишком длинный")).toEqual({
      code: "rejected",
      params: { reason: "Текст нарушает правила маркетплейса: слишком длинный" },
    });
  });

  it("the old reply failures and the fixed sentences are read back; other text stays as it came", () => {
    expect(stored("Чат больше не найден")).toEqual({ code: "chat_not_found" });
    expect(stored("Не удалось отправить из-за внутренней ошибки. Повторите позже.")).toEqual({ code: "internal" });
    expect(
      stored("Маркетплейс отказал (404): chat not found. Повтор не поможет: проверьте чат в кабинете маркетплейса."),
    ).toEqual({ code: "refused", params: { detail: " (404): chat not found" } });
    expect(stored("что-то своё")).toEqual({ code: "rejected", params: { reason: "что-то своё" } });
    // A code with broken values is not trusted as a code.
    expect(stored("not_allowed", { refusal: "no_such_code" })).toEqual({
      code: "rejected",
      params: { reason: "not_allowed" },
    });
  });
});
