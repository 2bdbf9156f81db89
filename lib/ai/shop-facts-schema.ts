import { z } from "zod";
import { SHOP_FACT_MAX_CHARS } from "@/lib/ai/types";

// The shop facts' fields as the owner's form sends them: the route parses them with this and the form
// validates with it too, so this file stays free of the guardrails the drafts run.

export const SHOP_FACT_KEYS = ["delivery", "sizes", "returns", "other"] as const;
export type ShopFactKey = (typeof SHOP_FACT_KEYS)[number];

// Line breaks stay (a list of sizes reads better on lines); other control characters, runs of blank
// lines and spaces go. NUL bytes and lone surrogates are refused earlier, at the request's edge.
export function sanitizeFact(text: string): string {
  return (
    text
      .normalize("NFC")
      .toWellFormed()
      .replace(/\r\n?/g, "\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/[ \t]+/g, " ")
      .replace(/ *\n */g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

const factSchema = z.string().transform(sanitizeFact).pipe(z.string().max(SHOP_FACT_MAX_CHARS));

/** The owner's facts as the settings page sends them; each missing key stays as it was. */
export const shopFactsInputSchema = z
  .object({ delivery: factSchema, sizes: factSchema, returns: factSchema, other: factSchema })
  .partial()
  .strict();
export type ShopFactsInput = z.infer<typeof shopFactsInputSchema>;
