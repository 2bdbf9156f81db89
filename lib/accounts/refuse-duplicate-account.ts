import { accountName, accountNameText, type AccountName } from "@/lib/accounts/account-name";
import { prisma } from "@/lib/db";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { descriptorOf } from "@/lib/marketplaces/registry";

// One seller account is connected once per workspace: a second connection would poll and receive the
// same chats again and show every one of them twice. Another workspace may connect the same seller (a
// workspace is a tenant of its own; refusing there would tell anyone holding a token which seller is a
// customer, and an abandoned workspace would lock the owner out).

/** Refuses (409) when the workspace already has an account for this seller, other than `exceptAccountId`. */
export async function refuseDuplicateAccount({
  workspaceId,
  marketplace,
  identityKey,
  exceptAccountId,
}: {
  workspaceId: string;
  marketplace: Marketplace;
  identityKey: string;
  exceptAccountId?: string;
}): Promise<void> {
  const existing = await prisma().marketplaceAccount.findFirst({
    where: { workspaceId, marketplace, identityKey, ...(exceptAccountId ? { id: { not: exceptAccountId } } : {}) },
    select: { id: true, name: true, identityKey: true, credentialsEnc: true },
  });
  if (existing) throw duplicateAccountError({ marketplace, existing });
}

/** The same refusal when the unique index caught a concurrent connection of the same seller. */
export async function orDuplicateAccount<T>({
  marketplace,
  write,
}: {
  marketplace: Marketplace;
  write: () => Promise<T>;
}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const text = duplicateMessage({ marketplace, name: null, disconnected: false });
      throw new AppError("conflict", text.ru, { details: { reason: "duplicate_account", ...text }, cause: error });
    }
    throw error;
  }
}

function duplicateAccountError({
  marketplace,
  existing,
}: {
  marketplace: Marketplace;
  existing: { id: string; name: string | null; identityKey: string | null; credentialsEnc: string };
}): AppError {
  const disconnected = existing.credentialsEnc === "";
  const text = duplicateMessage({ marketplace, name: accountName({ ...existing, marketplace }), disconnected });
  return new AppError("conflict", text.ru, {
    details: { reason: "duplicate_account", accountId: existing.id, ...text },
  });
}

/** The refusal in both languages: the message is Russian, `details.en` lets an English screen show its own. */
function duplicateMessage({
  marketplace,
  name,
  disconnected,
}: {
  marketplace: Marketplace;
  name: AccountName | null;
  disconnected: boolean;
}): { ru: string; en: string } {
  const title = MARKETPLACE_META[marketplace].title;
  const titleEn = descriptorOf({ marketplace }).labels.en;
  const named = (locale: "ru" | "en") =>
    name && !("code" in name && name.code === "marketplace")
      ? accountNameText(name, { marketplace, locale, words: dictionaries[locale].accounts.defaultName })
      : null;
  const as = named("ru") ? ` как «${named("ru")}»` : "";
  const asEn = named("en") ? ` as “${named("en")}”` : "";
  if (disconnected) {
    return {
      ru: `Этот аккаунт продавца ${title} уже есть${as}, он отключён: подключите его снова в его карточке, чтобы не задвоить чаты.`,
      en: `This ${titleEn} seller account is already here${asEn}, disconnected: reconnect it from its card so the chats are not duplicated.`,
    };
  }
  return {
    ru: `Этот аккаунт продавца ${title} уже подключён${as}: второе подключение задвоило бы все чаты.`,
    en: `This ${titleEn} seller account is already connected${asEn}; a second connection would duplicate every chat.`,
  };
}
