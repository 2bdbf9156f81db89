import { AppHeader } from "@/components/shell/app-header";
import { ScheduledPage } from "@/components/follow-ups/scheduled-page";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function Scheduled() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} />
      <main className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.followUps.list.title}</h1>
        <ScheduledPage />
      </main>
    </div>
  );
}
