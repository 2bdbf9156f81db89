import { z } from "zod";
import { CREDENTIALS_SCHEMAS } from "@/lib/marketplaces/credentials";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

/** Form fields -> the marketplace's credentials; issues point at `credentials.<field>` for the form. */
export function parseCredentials({
  marketplace,
  input,
}: {
  marketplace: Marketplace;
  input: Record<string, string>;
}): Record<string, unknown> {
  // An empty optional field (Avito user_id) means "not given", not "invalid".
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v.trim() !== ""));
  const parsed = CREDENTIALS_SCHEMAS[marketplace].safeParse(given);
  if (!parsed.success)
    throw new z.ZodError(parsed.error.issues.map((i) => ({ ...i, path: ["credentials", ...i.path] })));
  return parsed.data;
}
