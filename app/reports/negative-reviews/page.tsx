import { AppHeader } from "@/components/shell/app-header";
import { NegativeReviewReport } from "@/components/negative-reviews/report-view";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function NegativeReviewsReportPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} />
      <main className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.negative.report.title}</h1>
        <NegativeReviewReport isOwner={member.role === "OWNER"} />
      </main>
    </div>
  );
}
