"use client";

import { useState } from "react";
import { callApi, ApiError, type AccountResult } from "@/components/accounts/api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import type { AccountView } from "@/lib/accounts/account-view";
import type { MarketplaceForm } from "@/lib/accounts/marketplace-forms";

type Props = {
  form: MarketplaceForm;
  /** connect: POST a new account; update: PATCH this one (new keys, name or base URLs). */
  account?: AccountView;
  onDone: (result: AccountResult) => void;
  onCancel: () => void;
};

const valueOf = (data: FormData, key: string) => String(data.get(key) ?? "");
const sameBaseUrls = (next: Record<string, string>, stored: Record<string, string> | null) =>
  Object.entries(next).every(([k, v]) => v === (stored?.[k] ?? ""));

/** The connect / update-keys form, generated from the marketplace's credential fields. */
export function CredentialsForm({ form, account, onDone, onCancel }: Props) {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [issues, setIssues] = useState<Record<string, string>>({});
  const prefix = `${form.marketplace}-${account?.id ?? "new"}`;
  const keeping = account !== undefined && account.status !== "disconnected";

  async function submit(data: FormData) {
    const credentials = Object.fromEntries(form.fields.map((f) => [f.name, valueOf(data, `cred.${f.name}`)]));
    const baseUrls = Object.fromEntries(form.baseUrlFields.map((f) => [f.name, valueOf(data, `base.${f.name}`).trim()]));
    const name = valueOf(data, "name").trim();
    setPending(true);
    setError("");
    setIssues({});
    try {
      const result = account
        ? await callApi<AccountResult>(`/api/accounts/${account.id}`, {
            method: "PATCH",
            // Unchanged base URLs are left out, so a failing re-check still counts against the stored settings.
            body: { credentials, ...(sameBaseUrls(baseUrls, account.baseUrls) ? {} : { baseUrls }), ...(name ? { name } : {}) },
          })
        : await callApi<AccountResult>("/api/accounts", { method: "POST", body: { marketplace: form.marketplace, name, credentials, baseUrls } });
      onDone(result);
    } catch (e) {
      const fieldIssues = e instanceof ApiError ? Object.fromEntries(e.issues.map((i) => [i.path, i.message])) : {};
      setIssues(fieldIssues);
      const localized = e instanceof ApiError ? (locale === "en" ? e.localized.en : e.localized.ru) : undefined;
      setError(Object.keys(fieldIssues).length ? "" : (localized ?? (e instanceof Error ? e.message : t.errors.generic)));
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="space-y-4"
      aria-label={account ? t.accounts.update : t.accounts.connectTitle}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
    >
      <Field id={`${prefix}-name`} name="name" label={`${t.accounts.name} (${t.accounts.optional})`} placeholder={account?.name ?? t.accounts.namePlaceholder} maxLength={100} />
      {form.fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        const label = `${t.accounts.fields[field.name] ?? field.name}${field.required && !keeping ? "" : ` (${t.accounts.optional})`}`;
        const issue = issues[`credentials.${field.name}`];
        if (field.options) {
          return (
            <div key={field.name} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                {label}
              </label>
              <select id={id} name={`cred.${field.name}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" defaultValue={keeping ? "" : field.options[0]}>
                {keeping ? <option value="">—</option> : null}
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {t.accounts.fieldOptions[o] ?? o}
                  </option>
                ))}
              </select>
              {field.help ? <p className="text-xs text-slate-500">{field.help}</p> : null}
              {issue ? <p className="text-xs text-red-600">{issue}</p> : null}
            </div>
          );
        }
        return (
          <div key={field.name}>
            <Field
              id={id}
              name={`cred.${field.name}`}
              label={label}
              hint={field.help ?? undefined}
              type={field.secret ? "password" : "text"}
              autoComplete={field.secret ? "new-password" : "off"}
              spellCheck={false}
              required={field.required && !keeping}
              aria-invalid={issue ? true : undefined}
            />
            {issue ? <p className="mt-1 text-xs text-red-600">{issue}</p> : null}
          </div>
        );
      })}
      {keeping ? <p className="text-xs text-slate-500">{t.accounts.keepHint}</p> : null}
      <details className="rounded-md border border-slate-200 px-3 py-2 text-sm" open={Boolean(account?.baseUrls)}>
        <summary className="cursor-pointer text-slate-700">{t.accounts.advanced}</summary>
        <div className="mt-3 space-y-3">
          <p className="text-xs text-slate-500">{t.accounts.advancedHint}</p>
          {form.baseUrlFields.map((f) => (
            <div key={f.name}>
              <Field
                id={`${prefix}-base-${f.name}`}
                name={`base.${f.name}`}
                label={`${t.accounts.api}: ${f.name}`}
                type="url"
                placeholder={f.defaultUrl ?? ""}
                defaultValue={account?.baseUrls?.[f.name] ?? ""}
              />
              {issues[`baseUrls.${f.name}`] ? <p className="mt-1 text-xs text-red-600">{issues[`baseUrls.${f.name}`]}</p> : null}
            </div>
          ))}
        </div>
      </details>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t.accounts.checking : account ? t.accounts.save : t.accounts.submit}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={pending}>
          {t.accounts.cancel}
        </Button>
      </div>
    </form>
  );
}
