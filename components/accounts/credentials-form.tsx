"use client";

import { useForm } from "react-hook-form";
import { ConnectHelpText } from "@/components/accounts/connect-help-text";
import { api, ApiError, type ApiIssue } from "@/components/api/client";
import { setApiErrors } from "@/components/api/form-errors";
import type { ApiResult } from "@/components/api/types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import type { AccountView } from "@/lib/accounts/account-view";
import type { connectAccount } from "@/lib/accounts/connect-account";
import type { MarketplaceForm } from "@/lib/accounts/marketplace-forms";

export type AccountResult = ApiResult<typeof connectAccount>;

type Props = {
  form: MarketplaceForm;
  /** connect: POST a new account; update: PATCH this one (new keys, name or base URLs). */
  account?: AccountView;
  onDone: (result: AccountResult) => void;
  onCancel: () => void;
};

type Values = { name: string; credentials: Record<string, string>; baseUrls: Record<string, string> };

const sameBaseUrls = (next: Record<string, string>, stored: Record<string, string> | null) =>
  Object.entries(next).every(([k, v]) => v === (stored?.[k] ?? ""));

/**
 * The connect / update-keys form, generated from the marketplace's credential fields. The marketplace's
 * own schema checks the fields on the server; its field issues land on their fields here.
 */
export function CredentialsForm({ form, account, onDone, onCancel }: Props) {
  const { t, locale } = useI18n();
  const keeping = account !== undefined && account.status !== "disconnected";
  const prefix = `${form.marketplace}-${account?.id ?? "new"}`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      name: "",
      credentials: Object.fromEntries(
        form.fields.map((f) => [f.name, f.options && !keeping ? (f.options[0] ?? "") : ""]),
      ),
      baseUrls: Object.fromEntries(form.baseUrlFields.map((f) => [f.name, account?.baseUrls?.[f.name] ?? ""])),
    },
  });

  async function submit(values: Values) {
    const baseUrls = Object.fromEntries(Object.entries(values.baseUrls).map(([k, v]) => [k, v.trim()]));
    const name = values.name.trim();
    try {
      const result = account
        ? await api<AccountResult>(`/api/accounts/${account.id}`, {
            method: "PATCH",
            // Unchanged base URLs are left out, so a failing re-check still counts against the stored settings.
            body: {
              credentials: values.credentials,
              ...(sameBaseUrls(baseUrls, account.baseUrls) ? {} : { baseUrls }),
              ...(name ? { name } : {}),
            },
          })
        : await api<AccountResult>("/api/accounts", {
            method: "POST",
            body: { marketplace: form.marketplace, name, credentials: values.credentials, baseUrls },
          });
      onDone(result);
    } catch (e) {
      // A credentials field's issue is a code worded here; a too-short key is almost always one pasted in part.
      const worded = (i: ApiIssue) =>
        t.accounts.issues[i.message] ?? (i.code === "too_small" ? t.accounts.pasteWhole : null);
      const fields =
        e instanceof ApiError
          ? e.issues.flatMap((i) => (i.path.startsWith("credentials.") && worded(i) ? [[i.path, worded(i)!]] : []))
          : [];
      setApiErrors(e, setError, { t, locale, fields: Object.fromEntries(fields) });
    }
  }

  return (
    <form
      className="space-y-4"
      aria-label={account ? t.accounts.update : t.accounts.connectTitle}
      onSubmit={(e) => void handleSubmit(submit)(e)}
    >
      <Field
        id={`${prefix}-name`}
        {...register("name")}
        label={`${t.accounts.name} (${t.accounts.optional})`}
        placeholder={account && "text" in account.name ? account.name.text : t.accounts.namePlaceholder}
        maxLength={100}
      />
      {form.fields.map((field) => {
        const id = `${prefix}-${field.name}`;
        const label = `${t.accounts.fields[field.name] ?? field.name}${field.required && !keeping ? "" : ` (${t.accounts.optional})`}`;
        const issue = errors.credentials?.[field.name]?.message;
        if (field.options) {
          return (
            <div key={field.name} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                {label}
              </label>
              <select
                id={id}
                {...register(`credentials.${field.name}`)}
                className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
              >
                {keeping ? <option value="">—</option> : null}
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {t.accounts.fieldOptions[o] ?? o}
                  </option>
                ))}
              </select>
              {field.help ? (
                <p className="text-xs text-slate-500">
                  <ConnectHelpText text={field.help} />
                </p>
              ) : null}
              {issue ? <p className="text-xs text-red-600">{issue}</p> : null}
            </div>
          );
        }
        return (
          <div key={field.name}>
            <Field
              id={id}
              {...register(`credentials.${field.name}`)}
              label={label}
              hint={field.help ? <ConnectHelpText text={field.help} /> : undefined}
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
                {...register(`baseUrls.${f.name}`)}
                label={`${t.accounts.api}: ${f.name}`}
                type="url"
                placeholder={f.defaultUrl ?? ""}
                aria-invalid={errors.baseUrls?.[f.name] ? true : undefined}
              />
              {errors.baseUrls?.[f.name] ? (
                <p className="mt-1 text-xs text-red-600">{errors.baseUrls[f.name]?.message}</p>
              ) : null}
            </div>
          ))}
        </div>
      </details>
      {errors.root ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {errors.root.message}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t.accounts.checking : account ? t.accounts.save : t.accounts.submit}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel} disabled={isSubmitting}>
          {t.accounts.cancel}
        </Button>
      </div>
    </form>
  );
}
