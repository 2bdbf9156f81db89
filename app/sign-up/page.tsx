import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getDictionary } from "@/lib/i18n/server";

export default async function SignUpPage() {
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.signUp.title}>
      <SignUpForm />
    </AuthCard>
  );
}
