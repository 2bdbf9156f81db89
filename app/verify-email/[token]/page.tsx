import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { getDictionary } from "@/lib/i18n/server";

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.security.verify.title}>
      <VerifyEmailForm token={token} />
    </AuthCard>
  );
}
