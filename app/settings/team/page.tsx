import { AppHeader } from "@/components/shell/app-header";
import { TeamSettings } from "@/components/team/team-settings";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { listMembers } from "@/lib/workspace/list-members";

export default async function TeamPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace, team] = await Promise.all([
    getDictionary(),
    getWorkspace({ workspaceId: member.workspaceId }),
    listMembers({ workspaceId: member.workspaceId }),
  ]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="team" />
      <main className="mx-auto w-full max-w-3xl space-y-8 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.team.title}</h1>
        <TeamSettings
          isOwner={member.role === "OWNER"}
          members={team.members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
          invites={team.invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
        />
      </main>
    </div>
  );
}
