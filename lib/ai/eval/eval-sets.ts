import { readFileSync } from "node:fs";
import { z } from "zod";
import { guardFamilySchema } from "@/lib/ai/guardrails/guard-families";
import { intentSchema, messageTypeSchema, sentimentSchema } from "@/lib/ai/types";
import { marketplaceParamSchema } from "@/lib/marketplaces/marketplace-schema";

// File formats of the evaluation sets (one JSON object per line). Other teams' sets are scored with
// `npm run eval:ai -- --messages FILE --guardrails FILE`, so the formats are forgiving about case
// and a few label spellings, and strict about everything else.

const INTENT_ALIASES: Record<string, string> = {
  size: "size_fit",
  fit: "size_fit",
  size_or_fit: "size_fit",
  sizing: "size_fit",
};

const loose = <T extends z.ZodTypeAny>(schema: T, aliases: Record<string, string> = {}) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (aliases[v.trim().toLowerCase()] ?? v.trim().toLowerCase()) : v),
    schema,
  );

export const labelledMessageSchema = z.object({
  text: z.string().min(1),
  marketplace: marketplaceParamSchema,
  intent: loose(intentSchema, INTENT_ALIASES),
  sentiment: loose(sentimentSchema),
});
export type LabelledMessage = z.infer<typeof labelledMessageSchema>;

export const guardrailCaseSchema = z.object({
  text: z.string(),
  marketplace: marketplaceParamSchema,
  violation: z.boolean(),
  messageType: messageTypeSchema.optional(),
  /** The rule family a violation breaks, for training the learned guardrail model; optional. */
  rule: guardFamilySchema.optional(),
});
export type GuardrailCase = z.infer<typeof guardrailCaseSchema>;

export function parseJsonl<T>({ content, schema, name }: { content: string; schema: z.ZodType<T>; name: string }): T[] {
  const rows: T[] = [];
  const errors: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`${name}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) rows.push(parsed.data);
    else
      errors.push(
        `${name}:${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "line"} ${issue.message}`).join("; ")}`,
      );
  });
  if (errors.length) throw new Error(`Invalid evaluation file\n${errors.slice(0, 20).join("\n")}`);
  if (rows.length === 0) throw new Error(`${name}: no cases`);
  return rows;
}

export function loadJsonl<T>({ file, schema }: { file: string; schema: z.ZodType<T> }): T[] {
  return parseJsonl({ content: readFileSync(file, "utf8"), schema, name: file });
}
