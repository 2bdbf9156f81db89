"use client";

import { api } from "@/components/api/client";
import { useAccountName } from "@/components/accounts/use-account-name";
import { apiErrorText } from "@/components/api/error-text";
import { useState } from "react";

import { accountErrorText } from "@/components/accounts/account-error-text";
import { CopyField } from "@/components/accounts/copy-field";
import { CredentialsForm, type AccountResult } from "@/components/accounts/credentials-form";
import { LocalTime } from "@/components/accounts/local-time";
import { QuarantinePanel } from "@/components/accounts/quarantine-panel";
import { StatusBadge } from "@/components/accounts/status-badge";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import type { AccountView } from "@/lib/accounts/account-view";
import type { MarketplaceForm } from "@/lib/accounts/marketplace-forms";

type Props = {
  account: AccountView;
  form: MarketplaceForm;
  isOwner: boolean;
  onChanged: () => void;
};

export function AccountRow({ account, form, isOwner, onChanged }: Props) {
  const { t, locale, fmt } = useI18n();
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [pending, setPending] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const disconnected = account.status === "disconnected";

  async function run(action: () => Promise<unknown>, success: string) {
    setPending(true);
    setNote(null);
    try {
      await action();
      setNote({ ok: true, text: success });
    } catch (e) {
      setNote({ ok: false, text: apiErrorText(e, { t, locale }) });
    } finally {
      setPending(false);
      onChanged();
    }
  }

  const name = useAccountName()(account.name, account.marketplace);
  const apiHosts = account.baseUrls
    ? [...new Set(Object.values(account.baseUrls).map((u) => new URL(u).host))].join(", ")
    : null;

  return (
    <li data-testid="account-row" data-account-id={account.id} className="space-y-3 px-4 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900" data-testid="account-name" data-user-content>
          {name}
        </span>
        <StatusBadge status={account.status} />
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {account.credentialsHint ? (
          <>
            <dt className="text-slate-500">{t.accounts.hint}</dt>
            <dd>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs" data-testid="account-hint">
                {account.credentialsHint}
              </code>
            </dd>
          </>
        ) : null}
        <dt className="text-slate-500">{t.accounts.lastSync}</dt>
        <dd>{account.lastSyncAt ? <LocalTime iso={account.lastSyncAt} locale={locale} /> : t.accounts.never}</dd>
        {apiHosts ? (
          <>
            <dt className="text-slate-500">{t.accounts.api}</dt>
            <dd className="font-mono text-xs leading-5 text-slate-600">{apiHosts}</dd>
          </>
        ) : null}
        {account.lastError ? (
          <>
            <dt className="text-slate-500">{t.accounts.lastError}</dt>
            <dd className="text-red-700" data-testid="account-error">
              {accountErrorText({ t: t.accountErrors, error: account.lastError, locale })}
            </dd>
          </>
        ) : null}
      </dl>
      {isOwner ? <QuarantinePanel accountId={account.id} /> : null}
      {account.webhookUrl ? (
        <div className="space-y-1">
          <p className="text-sm text-slate-500">{t.accounts.webhook}</p>
          <CopyField value={account.webhookUrl} label={`${t.accounts.webhook}: ${name}`} />
          <p className="text-xs text-slate-500">{t.accounts.webhookHint}</p>
        </div>
      ) : null}

      {isOwner && mode === "view" ? (
        <div className="flex flex-wrap gap-2">
          {!disconnected ? (
            <Button
              type="button"
              variant="secondary"
              className="py-1"
              disabled={pending}
              onClick={() =>
                run(() => api(`/api/accounts/${account.id}`, { method: "PATCH", body: {} }), t.accounts.retestOk)
              }
            >
              {t.accounts.retest}
            </Button>
          ) : null}
          <Button
            type="button"
            variant={account.status === "active" ? "secondary" : "primary"}
            className="py-1"
            disabled={pending}
            onClick={() => setMode("edit")}
          >
            {disconnected ? t.accounts.reconnect : t.accounts.update}
          </Button>
          {!disconnected ? (
            <Button
              type="button"
              variant="dangerGhost"
              className="py-1"
              disabled={pending}
              onClick={() => setMode("confirm")}
            >
              {t.accounts.disconnect}
            </Button>
          ) : null}
        </div>
      ) : null}

      {mode === "confirm" ? (
        <div
          role="alertdialog"
          aria-label={t.accounts.disconnect}
          className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm"
        >
          <span className="flex-1 text-red-800">{t.accounts.disconnectConfirm}</span>
          <Button
            type="button"
            variant="danger"
            className="py-1"
            disabled={pending}
            onClick={() =>
              run(() => api(`/api/accounts/${account.id}`, { method: "DELETE" }), t.accounts.status.disconnected).then(
                () => setMode("view"),
              )
            }
          >
            {t.accounts.disconnectYes}
          </Button>
          <Button type="button" variant="ghost" className="py-1" onClick={() => setMode("view")}>
            {t.accounts.cancel}
          </Button>
        </div>
      ) : null}

      {mode === "edit" ? (
        <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <CredentialsForm
            form={form}
            account={account}
            onCancel={() => setMode("view")}
            onDone={(result: AccountResult) => {
              setMode("view");
              setNote({
                ok: true,
                text: [
                  t.accounts.retestOk,
                  ...result.warnings.map((w) => fmt(t.accounts.warnings[w.code], w.params)),
                ].join(" "),
              });
              onChanged();
            }}
          />
        </div>
      ) : null}

      {note ? (
        <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-green-700" : "text-red-700"}`}>
          {note.text}
        </p>
      ) : null}
    </li>
  );
}
