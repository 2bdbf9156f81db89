import { fillTemplate } from "@/lib/templates/fill-template";

// Saved-reply variables, filled from the chat (the buyer panel's data). Each has a Russian and an
// English spelling; a variable the chat has no value for stays in the text, so the operator sees it.
export const SNIPPET_VARIABLES = {
  buyerName: ["имя_покупателя", "buyer_name"],
  orderNumber: ["номер_заказа", "order_number"],
  product: ["товар", "product"],
} as const;
export type SnippetVariable = keyof typeof SNIPPET_VARIABLES;
export type SnippetValues = Partial<Record<SnippetVariable, string | null>>;

const BY_NAME = new Map<string, SnippetVariable>(
  Object.entries(SNIPPET_VARIABLES).flatMap(([key, names]) => names.map((n) => [n, key as SnippetVariable] as const)),
);
const resolve = (name: string) => BY_NAME.get(name.toLowerCase());

/** The snippet's text with its variables filled (lib/templates); `missing`: the variables left as typed (no value). */
export function fillSnippet({ text, values }: { text: string; values: SnippetValues }): {
  text: string;
  missing: string[];
} {
  const present: Partial<Record<SnippetVariable, string>> = {};
  for (const key of Object.keys(SNIPPET_VARIABLES) as SnippetVariable[])
    present[key] = values[key]?.trim() || undefined;
  const filled = fillTemplate({ template: text, resolve, values: present, keepMissing: true });
  // Named as the snippet spells them (Russian or English).
  const lower = text.toLowerCase();
  return {
    text: filled.text,
    missing: filled.missingVariables.map(
      (key) => SNIPPET_VARIABLES[key].find((name) => lower.includes(name)) ?? SNIPPET_VARIABLES[key][0],
    ),
  };
}
