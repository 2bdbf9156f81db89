import { AppHeader } from "@/components/shell/app-header";
import { ReportsView } from "@/components/reports/reports-view";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function ReportsPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const own = member.role !== "OWNER";
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} />
      <main className="mx-auto w-full max-w-6xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">{own ? t.reports.ownTitle : t.reports.title}</h1>
        <ReportsView own={own} />
      </main>
    </div>
  );
}
