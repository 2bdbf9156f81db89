import { describe, expect, it } from "vitest";

import { normalizePhone } from "@/lib/review-requests/normalize-phone";

describe("normalizePhone", () => {
  it.each([
    "+79991234567",
    "+7 (999) 123-45-67",
    "89991234567",
    "8 (999) 123 45 67",
    "8-999-123-45-67",
    "79991234567",
    "7 999 123-45-67",
    "9991234567",
    " +7-999-123-45-67 ",
    "tel:+79991234567",
    79991234567,
    89991234567,
  ])("normalizes %j to +79991234567", (raw) => {
    expect(normalizePhone({ raw })).toEqual({ ok: true, e164: "+79991234567" });
  });

  it("keeps foreign numbers that carry their country code", () => {
    expect(normalizePhone({ raw: "+375 29 123-45-67" })).toEqual({ ok: true, e164: "+375291234567" });
    expect(normalizePhone({ raw: "29 123-45-67", defaultCountry: "BY" })).toEqual({ ok: true, e164: "+375291234567" });
  });

  it("takes the first usable number of a list", () => {
    expect(normalizePhone({ raw: "+7 999 123 45 67, +7 916 000 00 00" })).toEqual({ ok: true, e164: "+79991234567" });
    expect(normalizePhone({ raw: "нет; 8 916 111 22 33" })).toEqual({ ok: true, e164: "+79161112233" });
  });

  it.each([undefined, null, "", "   ", {}, ["+79991234567"], 1.5])("reports a missing phone for %j", (raw) => {
    expect(normalizePhone({ raw })).toEqual({ ok: false, problem: { code: "phone_missing" } });
  });

  it.each(["12345", "8 999 123", "+7 999 123 45 67 89 00", "abc"])("rejects %j with the value in the reason", (raw) => {
    const result = normalizePhone({ raw });
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, problem: { code: "phone_unrecognized", params: { text: raw } } });
  });

  it("rejects landlines and 8-800 numbers: no SMS or WhatsApp reaches them", () => {
    expect(normalizePhone({ raw: "8 (495) 123-45-67" })).toEqual({
      ok: false,
      problem: { code: "phone_not_mobile", params: { number: "+74951234567", type: "FIXED_LINE" } },
    });
    expect(normalizePhone({ raw: "8-800-555-35-35" })).toMatchObject({
      ok: false,
      problem: { code: "phone_not_mobile", params: { type: "TOLL_FREE" } },
    });
  });

  it("rejects absurdly long input without parsing it", () => {
    expect(normalizePhone({ raw: "9".repeat(100) })).toEqual({ ok: false, problem: { code: "phone_too_long" } });
  });
});
