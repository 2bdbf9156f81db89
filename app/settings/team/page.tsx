import { AppHeader } from "@/components/shell/app-header";
import { TeamSettings } from "@/components/team/team-settings";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { listMembers } from "@/lib/workspace/list-members";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { AuditLog } from "@/components/team/audit-log";

export default async function TeamPage() {
  const member = await requireMemberPage();
  const isOwner = member.role === "OWNER";
  const [{ t, locale }, workspace, team, audit] = await Promise.all([
    getDictionary(),
    getWorkspace({ workspaceId: member.workspaceId }),
    listMembers({ workspaceId: member.workspaceId }),
    isOwner ? listAuditLog({ workspaceId: member.workspaceId, input: { limit: 50 } }) : null,
  ]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="team" />
      <main className="mx-auto w-full max-w-3xl space-y-8 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.team.title}</h1>
        <TeamSettings
          isOwner={isOwner}
          currentUserId={member.userId}
          members={team.members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
          invites={team.invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
        />
        {audit ? (
          <AuditLog
            t={t}
            locale={locale}
            entries={audit.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() }))}
          />
        ) : null}
      </main>
    </div>
  );
}
