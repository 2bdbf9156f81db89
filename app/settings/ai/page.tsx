import { AppHeader } from "@/components/shell/app-header";
import { ShopFactsForm } from "@/components/settings/shop-facts-form";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function AiSettingsPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const isOwner = member.role === "OWNER";
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="ai" />
      <main className="mx-auto w-full max-w-3xl space-y-4 px-4 py-8">
        <h1 className="text-2xl font-bold">{t.aiSettings.title}</h1>
        <p className="text-sm text-slate-600">{t.aiSettings.intro}</p>
        {isOwner ? null : <p className="text-sm text-amber-800">{t.aiSettings.ownersOnly}</p>}
        <ShopFactsForm canEdit={isOwner} />
      </main>
    </div>
  );
}
