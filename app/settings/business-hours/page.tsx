import { AppHeader } from "@/components/shell/app-header";
import { BusinessHoursForm } from "@/components/reports/business-hours-form";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function BusinessHoursPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const h = t.reports.hours;
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="business-hours" />
      <main className="mx-auto w-full max-w-5xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold">{h.title}</h1>
        <p className="text-sm text-slate-600">{h.hint}</p>
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <BusinessHoursForm canEdit={member.role === "OWNER"} />
        </section>
      </main>
    </div>
  );
}
