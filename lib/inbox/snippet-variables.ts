// Saved-reply variables, filled from the chat (the buyer panel's data). Each has a Russian and an
// English spelling; a variable the chat has no value for stays in the text, so the operator sees it.
export const SNIPPET_VARIABLES = {
  buyerName: ["имя_покупателя", "buyer_name"],
  orderNumber: ["номер_заказа", "order_number"],
  product: ["товар", "product"],
} as const;
export type SnippetVariable = keyof typeof SNIPPET_VARIABLES;
export type SnippetValues = Partial<Record<SnippetVariable, string | null>>;

const TOKEN = /\{\{\s*([\p{L}_]+)\s*\}\}/gu;
const BY_NAME = new Map<string, SnippetVariable>(Object.entries(SNIPPET_VARIABLES).flatMap(([key, names]) => names.map((n) => [n, key as SnippetVariable] as const)));

/** The snippet's text with its variables filled; `missing`: the variables left as they were (no value). */
export function fillSnippet({ text, values }: { text: string; values: SnippetValues }): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(TOKEN, (token, name: string) => {
    const key = BY_NAME.get(name.toLowerCase());
    if (!key) return token;
    const value = values[key]?.trim();
    if (value) return value;
    missing.add(name);
    return token;
  });
  return { text: filled, missing: [...missing] };
}
