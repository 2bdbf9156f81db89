import { describe, expect, it } from "vitest";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { canSendProactive, type ProactiveChat } from "@/lib/marketplaces/proactive-policy";

const chat = (over: Partial<ProactiveChat> = {}): ProactiveChat => ({
  kind: "CHAT",
  status: "RESOLVED",
  contextType: "NONE",
  buyerMessages: 1,
  optedOut: false,
  ...over,
});
const policyOf = (m: keyof typeof MARKETPLACE_META) => MARKETPLACE_META[m].capabilities.proactive;

describe("canSendProactive", () => {
  it("declares a policy per marketplace: WB, Ozon, Avito buyer-opened; YM order context; Amazon offered types", () => {
    expect(policyOf("wildberries")).toBe("buyer_opened");
    expect(policyOf("ozon")).toBe("buyer_opened");
    expect(policyOf("avito")).toBe("buyer_opened");
    expect(policyOf("yandex_market")).toBe("order_context");
    expect(policyOf("amazon")).toBe("offered_types");
  });

  it.each(["wildberries", "ozon", "avito"] as const)("%s: only into chats the buyer opened", (m) => {
    expect(canSendProactive({ policy: policyOf(m), chat: chat({ buyerMessages: 2 }), purpose: "rule" })).toEqual({
      ok: true,
      messageType: null,
    });
    const refused = canSendProactive({
      policy: policyOf(m),
      chat: chat({ buyerMessages: 0, contextType: "ORDER" }),
      purpose: "manual",
    });
    expect(refused).toMatchObject({ ok: false, refusal: { code: "buyer_not_opened" } });
    if (!refused.ok) expect(refused.refusal.en).toMatch(/buyer opened/);
  });

  it("Yandex Market: ORDER and RETURN chats, even before the buyer wrote; never DIRECT", () => {
    const ym = policyOf("yandex_market");
    expect(
      canSendProactive({ policy: ym, chat: chat({ contextType: "ORDER", buyerMessages: 0 }), purpose: "rule" }).ok,
    ).toBe(true);
    expect(canSendProactive({ policy: ym, chat: chat({ contextType: "RETURN" }), purpose: "manual" }).ok).toBe(true);
    for (const contextType of ["NONE", "PRODUCT", "ITEM"] as const) {
      expect(
        canSendProactive({ policy: ym, chat: chat({ contextType, buyerMessages: 5 }), purpose: "manual" }),
      ).toMatchObject({ ok: false, refusal: { code: "direct_chat" } });
    }
  });

  it("Amazon: only a text type offered for the order now, chosen by the operator", () => {
    const amazon = policyOf("amazon");
    const offered = ["confirmDeliveryDetails", "unexpectedProblem", "legalDisclosure"];
    expect(
      canSendProactive({
        policy: amazon,
        chat: chat({ buyerMessages: 0 }),
        purpose: "manual",
        offeredTypes: offered,
        requestedType: "unexpectedProblem",
      }),
    ).toEqual({
      ok: true,
      messageType: "unexpectedProblem",
    });
    expect(
      canSendProactive({
        policy: amazon,
        chat: chat(),
        purpose: "manual",
        offeredTypes: offered,
        requestedType: "confirmOrderDetails",
      }),
    ).toMatchObject({
      ok: false,
      refusal: { code: "type_not_offered", ru: expect.stringContaining("confirmDeliveryDetails, unexpectedProblem") },
    });
    expect(canSendProactive({ policy: amazon, chat: chat(), purpose: "manual", offeredTypes: offered })).toMatchObject({
      ok: false,
      refusal: { code: "type_required" },
    });
    // legalDisclosure needs attachments: not a text message.
    expect(
      canSendProactive({
        policy: amazon,
        chat: chat(),
        purpose: "manual",
        offeredTypes: ["legalDisclosure"],
        requestedType: "legalDisclosure",
      }),
    ).toMatchObject({
      ok: false,
      refusal: { code: "nothing_offered" },
    });
    expect(
      canSendProactive({
        policy: amazon,
        chat: chat(),
        purpose: "manual",
        offeredTypes: null,
        requestedType: "unexpectedProblem",
      }),
    ).toMatchObject({
      ok: false,
      refusal: { code: "types_unknown" },
    });
    expect(canSendProactive({ policy: amazon, chat: chat(), purpose: "rule", offeredTypes: offered })).toMatchObject({
      ok: false,
      refusal: { code: "rules_not_allowed" },
    });
  });

  it("no marketplace: reviews and questions, closed chats, opted-out buyers", () => {
    for (const m of Object.keys(MARKETPLACE_META) as (keyof typeof MARKETPLACE_META)[]) {
      const base = {
        policy: policyOf(m),
        purpose: "manual" as const,
        offeredTypes: ["unexpectedProblem"],
        requestedType: "unexpectedProblem",
      };
      expect(canSendProactive({ ...base, chat: chat({ kind: "REVIEW", contextType: "ORDER" }) })).toMatchObject({
        refusal: { code: "not_a_chat" },
      });
      expect(canSendProactive({ ...base, chat: chat({ status: "CLOSED", contextType: "ORDER" }) })).toMatchObject({
        refusal: { code: "chat_closed" },
      });
      expect(canSendProactive({ ...base, chat: chat({ optedOut: true, contextType: "ORDER" }) })).toMatchObject({
        refusal: { code: "opted_out" },
      });
    }
  });
});
