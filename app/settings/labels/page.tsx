import { AppHeader } from "@/components/shell/app-header";
import { LabelSettings } from "@/components/labels/label-settings";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function LabelsPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  const canEdit = member.role === "OWNER";
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="labels" />
      <main className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t.ops.labels.title}</h1>
          <p className="text-sm text-slate-600">{t.ops.labels.intro}</p>
          {canEdit ? null : <p className="text-sm text-amber-800">{t.ops.labels.ownersOnly}</p>}
        </div>
        <LabelSettings canEdit={canEdit} />
      </main>
    </div>
  );
}
