import { z } from "zod";

export const FOLLOW_UP_VARIABLES = ["customerName", "productTitle", "relatedProducts", "shopName"] as const;
const variableNameSchema = z.enum(FOLLOW_UP_VARIABLES);
export type FollowUpVariables = Partial<Record<(typeof FOLLOW_UP_VARIABLES)[number], string | null>>;

const MAX_LENGTH = { customerName: 60, productTitle: 120, relatedProducts: 300, shopName: 100 } as const;
// Same syntax as the review-request templates: {{name}}, {{#name}}shown when set{{/name}}, {{^name}}when not{{/name}}.
const SECTION = /\{\{\s*([#^])\s*([A-Za-z]\w*)\s*\}\}([\s\S]*?)\{\{\s*\/\s*\2\s*\}\}/g;
const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Renders a follow-up template in one pass (a value is never re-scanned, so a buyer named "{{shopName}}"
 * stays literally that). Unknown tags stay as typed so the seller sees them; `missing` names the
 * variables the text needed but the chat does not have (a cross-sell without related products).
 */
export function renderFollowUp({ template, variables }: { template: string; variables: FollowUpVariables }) {
  const values = clean(variables);
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const withSections = template.replace(SECTION, (whole, kind: string, name: string, inner: string) => {
    const known = variableNameSchema.safeParse(name);
    if (!known.success) {
      unknown.add(name);
      return whole;
    }
    return (kind === "#") === (values[known.data] !== undefined) ? inner : "";
  });
  const text = withSections.replace(TAG, (whole, name: string) => {
    const known = variableNameSchema.safeParse(name);
    if (!known.success) {
      unknown.add(name);
      return whole;
    }
    const value = values[known.data];
    if (value === undefined) missing.add(known.data);
    return value ?? "";
  });
  return { text: text.replace(/[ \t]{2,}/g, " ").trim(), unknownVariables: [...unknown], missingVariables: [...missing] };
}

function clean(variables: FollowUpVariables): Partial<Record<(typeof FOLLOW_UP_VARIABLES)[number], string>> {
  const out: Partial<Record<(typeof FOLLOW_UP_VARIABLES)[number], string>> = {};
  for (const name of FOLLOW_UP_VARIABLES) {
    // eslint-disable-next-line no-control-regex
    const value = variables[name]?.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
    if (!value) continue;
    out[name] = value.length > MAX_LENGTH[name] ? `${value.slice(0, MAX_LENGTH[name] - 1)}…` : value;
  }
  return out;
}
