import { useI18n } from "@/components/providers";
import { accountNameText, type AccountName } from "@/lib/accounts/account-name";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

/** Words an account's name (the given one, or «Кабинет 1001» / "Account 1001") in the page's language. */
export function useAccountName(): (name: AccountName, marketplace: Marketplace) => string {
  const { t, locale } = useI18n();
  return (name, marketplace) => accountNameText(name, { marketplace, locale, words: t.accounts.defaultName });
}
