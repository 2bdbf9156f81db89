import { AuthCard } from "@/components/auth/auth-card";
import { AcceptInviteForm } from "@/components/auth/accept-invite-form";
import { getDictionary } from "@/lib/i18n/server";
import { findInvite } from "@/lib/workspace/accept-invite";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { t } = await getDictionary();
  const invite = await findInvite({ token });
  return (
    <AuthCard title={t.invite.title}>
      {invite ? (
        <AcceptInviteForm token={token} email={invite.email} workspace={invite.workspace.name} />
      ) : (
        <p role="alert" className="text-sm text-slate-700">
          {t.invite.invalid}
        </p>
      )}
    </AuthCard>
  );
}
