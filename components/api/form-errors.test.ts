import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "@/components/api/client";
import { fieldErrorText, setApiErrors } from "@/components/api/form-errors";
import { shopFactsInputSchema } from "@/lib/ai/shop-facts-schema";
import { SHOP_FACT_MAX_CHARS } from "@/lib/ai/types";
import { dictionaries } from "@/lib/i18n/dictionaries";

const ru = dictionaries.ru;

describe("a form's errors in the screen's language", () => {
  it("words the form's own check by zod's issue code, never zod's English message", async () => {
    const resolve = zodResolver(shopFactsInputSchema);
    const { errors } = await resolve({ delivery: "д".repeat(SHOP_FACT_MAX_CHARS + 1) }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(errors.delivery?.type).toBe("too_big");
    expect(fieldErrorText(errors.delivery, { t: ru })).toBe(ru.errors.tooLong);
    expect(fieldErrorText(errors.delivery, { t: ru, own: "Своё" })).toBe("Своё");
    expect(fieldErrorText(undefined, { t: ru })).toBeUndefined();
  });

  it("asks to fill in an empty field instead of calling it too short", async () => {
    const resolve = zodResolver(z.object({ name: z.string().trim().min(2) }));
    const check = async (value: string) => {
      const { errors } = await resolve({ name: value }, undefined, {
        fields: { name: { name: "name", ref: { name: "name", value } } },
        shouldUseNativeValidation: false,
      });
      return fieldErrorText(errors.name, { t: ru });
    };
    expect(await check("")).toBe(ru.errors.required);
    expect(await check("a")).toBe(ru.errors.tooShort);
  });

  it("keeps the route's field issue as setApiErrors worded it, on its field", () => {
    const set: Record<string, { type: string; message?: string }> = {};
    const refused = new ApiError(400, "bad_request", [{ path: "delivery", code: "too_big", message: "Too big" }]);
    setApiErrors(refused, (name, error) => void (set[name] = error as { type: string; message?: string }), {
      t: ru,
      locale: "ru",
    });
    expect(set.delivery).toEqual({ type: "server", message: ru.errors.tooLong });
    expect(fieldErrorText(set.delivery as never, { t: ru, own: "Своё" })).toBe(ru.errors.tooLong);
    expect(set.root).toBeUndefined();
  });
});
