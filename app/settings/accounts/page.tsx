import { cookies } from "next/headers";
import { AccountsSettings } from "@/components/accounts/accounts-settings";
import { AppHeader } from "@/components/shell/app-header";
import { AVITO_OAUTH_RESULT_COOKIE, readAvitoOauthResult } from "@/lib/accounts/avito-oauth-state";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { marketplaceForms } from "@/lib/accounts/marketplace-forms";
import { publicOriginForPage } from "@/lib/accounts/public-origin";
import { requireMemberPage } from "@/lib/auth";
import { getDictionary } from "@/lib/i18n/server";
import { getWorkspace } from "@/lib/workspace/get-workspace";

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ avito?: string }> }) {
  const member = await requireMemberPage();
  const [{ t, locale }, workspace, origin, params, jar] = await Promise.all([
    getDictionary(),
    getWorkspace({ workspaceId: member.workspaceId }),
    publicOriginForPage(),
    searchParams,
    cookies(),
  ]);
  const isOwner = member.role === "OWNER";
  const { accounts } = await listAccounts({ workspaceId: member.workspaceId, origin, showWebhookUrls: isOwner });
  // Back from "Подключить через Авито": the callback left its outcome in a cookie (never in the URL).
  const avitoResult =
    params.avito === "1" ? readAvitoOauthResult({ cookie: jar.get(AVITO_OAUTH_RESULT_COOKIE)?.value }) : null;
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader member={member} t={t} workspaceName={workspace.name} settingsTab="accounts" />
      <main className="mx-auto w-full max-w-4xl space-y-6 px-4 py-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t.accounts.title}</h1>
          <p className="max-w-3xl text-sm text-slate-600">{t.accounts.intro}</p>
        </div>
        <AccountsSettings
          isOwner={isOwner}
          forms={marketplaceForms({ locale })}
          initialAccounts={accounts}
          avitoResult={avitoResult}
        />
      </main>
    </div>
  );
}
