"use client";

import { api } from "@/components/api/client";
import { useAccountName } from "@/components/accounts/use-account-name";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { MarketplaceCard } from "@/components/accounts/marketplace-card";
import { useI18n } from "@/components/providers";
import type { AccountView } from "@/lib/accounts/account-view";
import type { AvitoOauthResult } from "@/lib/accounts/avito-oauth-state";
import type { MarketplaceForm } from "@/lib/accounts/marketplace-forms";

type Props = {
  isOwner: boolean;
  forms: MarketplaceForm[];
  initialAccounts: AccountView[];
  avitoResult: AvitoOauthResult | null;
};

export function AccountsSettings({ isOwner, forms, initialAccounts, avitoResult }: Props) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const accounts = useQuery({
    queryKey: queryKeys.accounts(),
    queryFn: () => api<{ accounts: AccountView[] }>("/api/accounts").then((r) => r.accounts),
    initialData: initialAccounts,
    // Status, last sync and last error change as the background sync runs.
    refetchInterval: 30_000,
  });
  const onChanged = () => void queryClient.invalidateQueries({ queryKey: queryKeys.accounts() });

  // The OAuth outcome is shown once: drop ?avito=1 so a reload does not repeat it.
  useEffect(() => {
    if (avitoResult) router.replace("/settings/accounts", { scroll: false });
  }, [avitoResult, router]);
  const nameOf = useAccountName();
  const connected = avitoResult?.ok ? accounts.data.find((a) => a.id === avitoResult.accountId) : undefined;
  const connectedName = connected ? nameOf(connected.name, connected.marketplace) : undefined;

  return (
    <div className="space-y-4">
      {avitoResult ? (
        <p
          role={avitoResult.ok ? "status" : "alert"}
          className={`rounded-md border px-3 py-2 text-sm ${avitoResult.ok ? "border-green-200 bg-green-50 text-green-800" : "border-red-200 bg-red-50 text-red-700"}`}
        >
          {avitoResult.ok ? (
            fmt(t.accounts.connected, { name: connectedName ?? t.avitoOauth.defaultAccountName })
          ) : (
            <AvitoRefusal result={avitoResult} />
          )}
        </p>
      ) : null}
      {!isOwner ? (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">{t.accounts.ownersOnly}</p>
      ) : null}
      {forms.map((form) => (
        <MarketplaceCard
          key={form.marketplace}
          form={form}
          isOwner={isOwner}
          onChanged={onChanged}
          accounts={accounts.data.filter((a) => a.marketplace === form.marketplace)}
        />
      ))}
    </div>
  );
}

/** Why connecting with Avito failed, in the screen's language; Avito's own words as they came. */
function AvitoRefusal({ result }: { result: Exclude<AvitoOauthResult, { ok: true }> }) {
  const { t, locale } = useI18n();
  if (result.code === "refused") return <>{locale === "en" ? result.en : result.ru}</>;
  if (result.code === "avito_refused") {
    return (
      <>
        {t.avitoOauth.avito_refused}: <span data-user-content>{result.said}</span>
      </>
    );
  }
  return <>{t.avitoOauth[result.code]}</>;
}
