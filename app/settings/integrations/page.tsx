import { AppHeader } from "@/components/shell/app-header";
import { IntegrationsPanel } from "@/components/review-requests/integrations-panel";
import { OptOutList } from "@/components/review-requests/opt-out-list";
import { ReviewSettingsForm } from "@/components/review-requests/review-settings-form";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function IntegrationsPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const tr = t.reviews;
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="integrations" />
      <main className="mx-auto w-full max-w-5xl space-y-8 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{tr.integrations.title}</h1>
          <p className="text-sm text-slate-600">{tr.integrations.intro}</p>
        </div>
        {member.role === "OWNER" ? (
          <>
            <IntegrationsPanel />
            <section
              aria-labelledby="rr-settings-h"
              className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
            >
              <h2 id="rr-settings-h" className="text-lg font-semibold">
                {tr.settings.title}
              </h2>
              <ReviewSettingsForm />
            </section>
            <section
              aria-labelledby="rr-optouts-h"
              className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
            >
              <h2 id="rr-optouts-h" className="text-lg font-semibold">
                {tr.settings.optOuts}
              </h2>
              <OptOutList />
            </section>
          </>
        ) : (
          <p className="text-sm text-slate-600">{tr.integrations.ownersOnly}</p>
        )}
      </main>
    </div>
  );
}
