import { AppHeader } from "@/components/shell/app-header";
import { Inbox } from "@/components/inbox/inbox";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function InboxPage() {
  const member = await requireMemberPage();
  const [{ t }, workspace] = await Promise.all([getDictionary(), getWorkspace({ workspaceId: member.workspaceId })]);
  return (
    <div className="flex h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} />
      <Inbox me={{ id: member.userId, name: member.name, role: member.role }} />
    </div>
  );
}
