import { AppHeader } from "@/components/shell/app-header";
import { AccountSecurity } from "@/components/account/account-security";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function AccountPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} />
      <main className="mx-auto w-full max-w-xl space-y-8 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.security.account.title}</h1>
        <p className="text-sm text-slate-600">
          {member.name ? <span data-user-content>{`${member.name} · `}</span> : null}
          {member.email}
        </p>
        <AccountSecurity />
      </main>
    </div>
  );
}
