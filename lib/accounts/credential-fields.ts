import { z } from "zod";
import { maskSecret } from "@/lib/crypto/credentials";
import { CREDENTIALS_SCHEMAS } from "@/lib/marketplaces/credentials";
import type { Locale } from "@/lib/i18n/dictionaries";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";

// The connect form is derived from each marketplace's credentials schema, so a field added to a
// connector shows up in the form without a marketplace branch here.

export type CredentialField = {
  name: string;
  required: boolean;
  /** Rendered as a password input; its masked value is the account's hint. */
  secret: boolean;
  /** Enum fields (Amazon region) are a select. */
  options: string[] | null;
  help: string | null;
};

const SECRET_NAME = /token|key|secret/i;

export function credentialFields({
  marketplace,
  locale,
}: {
  marketplace: Marketplace;
  locale: Locale;
}): CredentialField[] {
  const shape = CREDENTIALS_SCHEMAS[marketplace].shape as Record<string, z.ZodType>;
  return (
    Object.entries(shape)
      .map(([name, schema]) => {
        const required = !(schema instanceof z.ZodOptional);
        const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
        return {
          name,
          required,
          secret: SECRET_NAME.test(name),
          options: inner instanceof z.ZodEnum ? (inner.options as string[]).map(String) : null,
          help: MARKETPLACE_META[marketplace].help[locale].fields[name] ?? null,
        };
      })
      // An optional refresh token is the OAuth result (Avito), never typed in by hand.
      .filter((f) => !(f.name === "refreshToken" && !f.required))
  );
}

/** Masked first secret field ("sim-…6789"): enough to recognise the credentials, not to use them. */
export function credentialsHint({
  marketplace,
  credentials,
}: {
  marketplace: Marketplace;
  credentials: Record<string, unknown>;
}): string {
  const name = Object.keys(CREDENTIALS_SCHEMAS[marketplace].shape).find(
    (n) => SECRET_NAME.test(n) && typeof credentials[n] === "string",
  );
  return name ? maskSecret(String(credentials[name])) : "";
}
