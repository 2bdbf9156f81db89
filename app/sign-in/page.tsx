import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentMemberPage } from "@/lib/auth";
import { demoAccess } from "@/lib/auth/demo-access";
import { SIGNED_OUT_COOKIE } from "@/lib/auth/signed-out-cookie";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";
import { getDictionary } from "@/lib/i18n/server";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  // A session that was ended (password change, removal) is no session: no redirect loop to /inbox.
  const member = await currentMemberPage();
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (member) redirect(callbackUrl);
  const { t } = await getDictionary();
  // Signed out on purpose, or a session just ended: no automatic demo sign-in.
  const signedOut = (await cookies()).has(SIGNED_OUT_COOKIE) || params.ended === "1";
  return (
    <AuthCard title={t.signIn.title}>
      <SignInForm
        demo={await demoAccess({ signedOut })}
        emailLinks={Boolean(env().RESEND_API_KEY)}
        callbackUrl={callbackUrl}
        sent={params.sent === "1"}
        failure={params.error ?? null}
        notice={
          params.verified === "1" ? "verified" : params.reset === "1" ? "reset" : params.ended === "1" ? "ended" : null
        }
        email={params.email?.slice(0, 200)}
      />
    </AuthCard>
  );
}
