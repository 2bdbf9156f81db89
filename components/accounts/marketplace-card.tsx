"use client";

import { useState } from "react";
import { useAccountName } from "@/components/accounts/use-account-name";
import { AccountRow } from "@/components/accounts/account-row";
import { ConnectHelpText } from "@/components/accounts/connect-help-text";
import { CredentialsForm } from "@/components/accounts/credentials-form";
import { MarketplaceMark } from "@/components/accounts/marketplace-mark";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import type { AccountView } from "@/lib/accounts/account-view";
import type { MarketplaceForm } from "@/lib/accounts/marketplace-forms";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

type Props = { form: MarketplaceForm; accounts: AccountView[]; isOwner: boolean; onChanged: () => void };

export function MarketplaceCard({ form, accounts, isOwner, onChanged }: Props) {
  const { t, locale, fmt } = useI18n();
  const nameOf = useAccountName();
  const [connecting, setConnecting] = useState(false);
  const [notice, setNotice] = useState("");
  const titleId = `mp-${form.marketplace}-title`;

  return (
    <section
      aria-labelledby={titleId}
      data-testid={`marketplace-${form.marketplace}`}
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-3">
        <MarketplaceMark marketplace={form.marketplace} />
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="font-semibold">
            {MARKETPLACE_DESCRIPTORS[form.marketplace].labels[locale]}
          </h2>
          <p className="text-xs text-slate-500">{form.webhooks ? t.accounts.pushes : t.accounts.polling}</p>
        </div>
        {isOwner && !connecting ? (
          <Button type="button" variant="secondary" onClick={() => (setConnecting(true), setNotice(""))}>
            {t.accounts.connect}
          </Button>
        ) : null}
      </div>

      {accounts.length ? (
        <ul className="divide-y divide-slate-100">
          {accounts.map((account) => (
            <AccountRow key={account.id} account={account} form={form} isOwner={isOwner} onChanged={onChanged} />
          ))}
        </ul>
      ) : (
        <p className="px-4 py-3 text-sm text-slate-500">{t.accounts.none}</p>
      )}

      {notice ? (
        <p role="status" className="border-t border-slate-100 px-4 py-2 text-sm text-green-700">
          {notice}
        </p>
      ) : null}

      {connecting ? (
        <div className="grid gap-6 border-t border-slate-200 bg-slate-50/60 p-4 md:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
          <div className="space-y-2 text-sm">
            <h3 className="font-semibold text-slate-800">{t.accounts.howTo}</h3>
            <p className="text-slate-700">
              <ConnectHelpText text={form.summary} />
            </p>
            <ol className="list-decimal space-y-1 pl-5 text-slate-600">
              {form.steps.map((step) => (
                <li key={step}>
                  <ConnectHelpText text={step} />
                </li>
              ))}
            </ol>
          </div>
          <div className="space-y-4">
            <h3 className="font-semibold text-slate-800">{t.accounts.connectTitle}</h3>
            {form.oauth ? (
              <div className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
                {form.oauth === "on" ? (
                  // eslint-disable-next-line @next/next/no-html-link-for-pages -- an API route that redirects to Avito's consent page: a full navigation, not a client-side route
                  <a
                    href="/api/accounts/avito/authorize"
                    className="inline-flex items-center justify-center rounded-md bg-avito px-3 py-2 text-sm font-medium text-white hover:opacity-90"
                  >
                    {t.accounts.oauth}
                  </a>
                ) : (
                  <button
                    type="button"
                    disabled
                    className="inline-flex cursor-not-allowed items-center justify-center rounded-md bg-avito/50 px-3 py-2 text-sm font-medium text-white"
                  >
                    {t.accounts.oauth}
                  </button>
                )}
                <p className="text-xs text-slate-500">
                  {form.oauth === "on" ? t.accounts.oauthHint : t.accounts.oauthOff}
                </p>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-400">{t.accounts.orManual}</p>
              </div>
            ) : null}
            <CredentialsForm
              form={form}
              onCancel={() => setConnecting(false)}
              onDone={(result) => {
                setConnecting(false);
                setNotice(
                  [
                    fmt(t.accounts.connected, { name: nameOf(result.account.name, result.account.marketplace) }),
                    ...result.warnings.map((w) => fmt(t.accounts.warnings[w.code], w.params)),
                  ].join(" "),
                );
                onChanged();
              }}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
