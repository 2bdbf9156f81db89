import { z } from "zod";
import { formatMessage } from "@/lib/i18n/format";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { descriptorOf } from "@/lib/marketplaces/registry";

// An account's name as the API gives it: the name the owner or the marketplace gave, or, when there is
// none, a code the screen words in the reader's language: a Yandex Market cabinet or an Avito profile by its
// number («Кабинет 1001» / "Account 1001"), else the marketplace's name. Accounts connected before the
// names were codes hold those Russian defaults as text: they are read back into their codes.

export const accountNameSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ code: z.enum(["business", "profile"]), id: z.string() }),
  z.object({ code: z.literal("marketplace") }),
]);
export type AccountName = z.infer<typeof accountNameSchema>;

/** The stored name as the API gives it. */
export function accountName({
  name,
  marketplace,
  identityKey,
}: {
  name: string | null;
  marketplace: Marketplace;
  identityKey: string | null;
}): AccountName {
  const byIdentity = descriptorOf({ marketplace }).accountNameByIdentity;
  const id =
    byIdentity && identityKey?.startsWith(byIdentity.prefix) ? identityKey.slice(byIdentity.prefix.length) : null;
  if (name === null) return byIdentity && id ? { code: byIdentity.code, id } : { code: "marketplace" };
  if (byIdentity && id && name === `${byIdentity.legacy}${id}`) return { code: byIdentity.code, id };
  if (name === descriptorOf({ marketplace }).labels.ru) return { code: "marketplace" };
  return { text: name };
}

/** The name in `locale`; `words` are the page's «Кабинет {id}» and «Профиль {id}» (accounts.defaultName). */
export function accountNameText(
  name: AccountName,
  {
    marketplace,
    locale,
    words,
  }: { marketplace: Marketplace; locale: "ru" | "en"; words: Record<"business" | "profile", string> },
): string {
  if ("text" in name) return name.text;
  if (name.code === "marketplace") return descriptorOf({ marketplace }).labels[locale];
  return formatMessage(locale, words[name.code], { id: name.id });
}
