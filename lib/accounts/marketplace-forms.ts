import { baseUrlFields, type BaseUrlField } from "@/lib/accounts/base-urls";
import { credentialFields, type CredentialField } from "@/lib/accounts/credential-fields";
import { avitoOauthConfigured } from "@/lib/accounts/start-avito-oauth";
import { hasWebhooks } from "@/lib/accounts/webhook-secret";
import type { Locale } from "@/lib/i18n/dictionaries";
import { MARKETPLACES, type Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

/** Everything the settings page needs to render a marketplace's card and connect form (plain data). */
export type MarketplaceForm = {
  marketplace: Marketplace;
  title: string;
  summary: string;
  steps: string[];
  fields: CredentialField[];
  baseUrlFields: BaseUrlField[];
  webhooks: boolean;
  /** Avito's "Подключить через Авито": "on" when our Avito app is configured. */
  oauth: "on" | "off" | null;
};

/** The forms with their help in the member's language. */
export function marketplaceForms({ locale }: { locale: Locale }): MarketplaceForm[] {
  return MARKETPLACES.map((marketplace) => {
    const meta = MARKETPLACE_META[marketplace];
    return {
      marketplace,
      title: meta.title,
      summary: meta.help[locale].summary,
      steps: meta.help[locale].steps,
      fields: credentialFields({ marketplace, locale }),
      baseUrlFields: baseUrlFields({ marketplace }),
      webhooks: hasWebhooks({ marketplace }),
      oauth: MARKETPLACE_DESCRIPTORS[marketplace].connection.oauth ? (avitoOauthConfigured() ? "on" : "off") : null,
    };
  });
}
