import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { getDictionary } from "@/lib/i18n/server";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.security.reset.title}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
