import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { getDictionary } from "@/lib/i18n/server";

// An address the app does not have, in the reader's language (Next's own page is English only).
export default async function NotFound() {
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.notFoundPage.title}>
      <p className="text-sm text-slate-700">{t.notFoundPage.text}</p>
      <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
        {t.notFoundPage.home}
      </Link>
    </AuthCard>
  );
}
