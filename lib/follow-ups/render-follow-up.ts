import { z } from "zod";

import { cleanTemplateValue, fillTemplate, previewTemplate } from "@/lib/templates/fill-template";

export const FOLLOW_UP_VARIABLES = ["customerName", "productTitle", "relatedProducts", "shopName"] as const;
type FollowUpVariable = (typeof FOLLOW_UP_VARIABLES)[number];
const variableNameSchema = z.enum(FOLLOW_UP_VARIABLES);
export type FollowUpVariables = Partial<Record<FollowUpVariable, string | null>>;

const MAX_LENGTH = { customerName: 60, productTitle: 120, relatedProducts: 300, shopName: 100 } as const;
const SAMPLE = {
  customerName: "Алёна",
  productTitle: "Зелёный чай",
  relatedProducts: "заварочный чайник",
  shopName: "Магазин",
};
const resolve = (name: string) => variableNameSchema.safeParse(name).data;

/**
 * Renders a follow-up template (the product's one template language, lib/templates). Unknown tags stay
 * as typed so the seller sees them; `missingVariables` names the variables the text needed but the chat
 * does not have (a cross-sell without related products).
 */
export function renderFollowUp({ template, variables }: { template: string; variables: FollowUpVariables }) {
  const values: Partial<Record<FollowUpVariable, string>> = {};
  for (const name of FOLLOW_UP_VARIABLES) values[name] = cleanTemplateValue(variables[name], MAX_LENGTH[name]);
  const filled = fillTemplate({ template, resolve, values });
  return { ...filled, text: tidy(filled.text) };
}

/** The template with sample values, as the settings check it before saving. */
export function previewFollowUp({ template }: { template: string }) {
  const filled = previewTemplate({ template, resolve, sample: SAMPLE });
  return { ...filled, text: tidy(filled.text) };
}

function tidy(text: string): string {
  return text.replace(/[ \t]{2,}/g, " ").trim();
}
