import { z } from "zod";

import { cleanTemplateValue, fillTemplate } from "@/lib/templates/fill-template";

export const TEMPLATE_VARIABLES = ["customerName", "businessName", "reviewLink"] as const;
export const templateVariableNameSchema = z.enum(TEMPLATE_VARIABLES);
export type TemplateVariableName = z.infer<typeof templateVariableNameSchema>;

export const templateVariablesSchema = z.object({
  customerName: z.string().optional(),
  businessName: z.string().optional(),
  reviewLink: z.string().optional(),
});
export type TemplateVariables = z.infer<typeof templateVariablesSchema>;

export type RenderedTemplate = {
  text: string;
  /** Tags we do not know, left in the text as typed so the author sees them in the preview. */
  unknownVariables: string[];
  /** Known variables used by the template but empty or invalid (e.g. a reviewLink that is not http/https). */
  missingVariables: TemplateVariableName[];
};

const MAX_LENGTH: Record<TemplateVariableName, number> = { customerName: 60, businessName: 100, reviewLink: 500 };
const resolve = (name: string) => templateVariableNameSchema.safeParse(name).data;

/**
 * Renders {{customerName}}, {{businessName}}, {{reviewLink}} and {{#name}}…{{/name}} sections with the
 * product's one template language (lib/templates). Values are cleaned (control characters, line breaks,
 * length); a reviewLink must be an http(s) URL.
 */
export function renderTemplate({
  template,
  variables,
}: {
  template: string;
  variables: TemplateVariables;
}): RenderedTemplate {
  const parsed = templateVariablesSchema.parse(variables);
  const values: Partial<Record<TemplateVariableName, string>> = {};
  for (const name of TEMPLATE_VARIABLES) {
    const value = cleanTemplateValue(parsed[name], MAX_LENGTH[name]);
    if (value !== undefined && (name !== "reviewLink" || isHttpUrl(value))) values[name] = value;
  }
  return fillTemplate({ template, resolve, values });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
