import { AppHeader } from "@/components/shell/app-header";
import { ProductSettingsForm } from "@/components/follow-ups/product-settings-form";
import { RulesForm } from "@/components/follow-ups/rules-form";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function FollowUpSettingsPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const ts = t.followUps.settings;
  const canEdit = member.role === "OWNER";
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="follow-ups" />
      <main className="mx-auto w-full max-w-5xl space-y-8 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{ts.title}</h1>
          <p className="text-sm text-slate-600">{ts.intro}</p>
          <p className="rounded-md bg-slate-100 p-3 text-xs text-slate-700">{ts.limits}</p>
          {canEdit ? null : <p className="text-sm text-amber-800">{ts.ownersOnly}</p>}
        </div>
        <section aria-labelledby="fu-rules-h" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="fu-rules-h" className="text-lg font-semibold">
            {ts.rules}
          </h2>
          <RulesForm canEdit={canEdit} />
        </section>
        <section aria-labelledby="fu-products-h" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="fu-products-h" className="text-lg font-semibold">
            {ts.products}
          </h2>
          <ProductSettingsForm canEdit={canEdit} />
        </section>
      </main>
    </div>
  );
}
