import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/dictionaries";

/** The member's interface language, kept on the user so what is written to them later (emails) uses it too. */
export async function saveLocale({ userId, locale }: { userId: string; locale: Locale }): Promise<void> {
  await prisma().user.updateMany({ where: { id: userId }, data: { locale } });
}
