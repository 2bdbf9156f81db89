import { z } from "zod";

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

// {{#name}}...{{/name}} shows its content only when name is set, {{^name}}...{{/name}} only when
// it is not: enough for "Здравствуйте, Иван!" vs "Здравствуйте!" without a template language.
const SECTION = /\{\{\s*([#^])\s*([A-Za-z][\w]*)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\2\s*\}\}/g;
const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Renders {{customerName}}, {{businessName}}, {{reviewLink}} in one pass: a value is never
 * re-scanned, so a customer named "{{reviewLink}}" stays literally that. Values are cleaned
 * (control characters, line breaks, length), a reviewLink must be an http(s) URL.
 */
export function renderTemplate({
  template,
  variables,
}: {
  template: string;
  variables: TemplateVariables;
}): RenderedTemplate {
  const values = cleanVariables(templateVariablesSchema.parse(variables));
  const unknown = new Set<string>();
  const missing = new Set<TemplateVariableName>();

  const withSections = template.replace(SECTION, (whole, kind: string, name: string, inner: string) => {
    const known = templateVariableNameSchema.safeParse(name);
    if (!known.success) {
      unknown.add(`${kind}${name}`);
      return whole;
    }
    const present = values[known.data] !== undefined;
    return (kind === "#") === present ? inner : "";
  });

  const text = withSections.replace(TAG, (whole, rawName: string) => {
    const known = templateVariableNameSchema.safeParse(rawName);
    if (!known.success) {
      unknown.add(rawName);
      return whole;
    }
    const value = values[known.data];
    if (value === undefined) {
      missing.add(known.data);
      return "";
    }
    return value;
  });

  return { text, unknownVariables: [...unknown], missingVariables: [...missing] };
}

function cleanVariables(variables: TemplateVariables): Partial<Record<TemplateVariableName, string>> {
  const result: Partial<Record<TemplateVariableName, string>> = {};
  for (const name of TEMPLATE_VARIABLES) {
    const raw = variables[name];
    if (raw === undefined) continue;
    // eslint-disable-next-line no-control-regex
    const cleaned = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
    if (cleaned === "") continue;
    if (name === "reviewLink" && !isHttpUrl(cleaned)) continue;
    result[name] = cleaned.length > MAX_LENGTH[name] ? `${cleaned.slice(0, MAX_LENGTH[name] - 1)}…` : cleaned;
  }
  return result;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
