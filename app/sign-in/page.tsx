import { getServerSession } from "next-auth/next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { authOptions } from "@/lib/auth";
import { demoAccess } from "@/lib/auth/demo-access";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/http/safe-callback-path";
import { getDictionary } from "@/lib/i18n/server";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const session = await getServerSession(authOptions());
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (session) redirect(callbackUrl);
  const { t } = await getDictionary();
  return (
    <AuthCard title={t.signIn.title}>
      <SignInForm
        demo={await demoAccess()}
        emailLinks={Boolean(env().RESEND_API_KEY)}
        callbackUrl={callbackUrl}
        sent={params.sent === "1"}
        failed={Boolean(params.error)}
      />
    </AuthCard>
  );
}
