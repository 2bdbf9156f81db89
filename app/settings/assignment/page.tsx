import { AppHeader } from "@/components/shell/app-header";
import { AssignmentSettingsForm } from "@/components/team/assignment-settings";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function AssignmentPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const isOwner = member.role === "OWNER";
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="assignment" />
      <main className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t.ops.assignment.title}</h1>
          <p className="text-sm text-slate-600">{t.ops.assignment.intro}</p>
          {isOwner ? null : <p className="text-sm text-amber-800">{t.ops.assignment.ownersOnly}</p>}
        </div>
        <AssignmentSettingsForm isOwner={isOwner} currentUserId={member.userId} />
      </main>
    </div>
  );
}
