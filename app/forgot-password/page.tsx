import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getDictionary } from "@/lib/i18n/server";

export default async function ForgotPasswordPage() {
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.security.forgot.title}>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
