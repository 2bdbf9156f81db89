"use client";

import { useI18n } from "@/components/providers";
import type { CredentialView } from "@/lib/review-requests/get-review-settings";
import type { CredentialField } from "@/lib/review-requests/review-config";

const GROUPS: {
  provider: "smsRu" | "meta" | "exolve" | "resend";
  fields: CredentialField[];
  advanced: CredentialField[];
}[] = [
  { provider: "smsRu", fields: ["smsRuApiKey", "smsRuSender"], advanced: [] },
  {
    provider: "meta",
    fields: ["metaAccessToken", "metaPhoneNumberId"],
    advanced: ["metaTemplateName", "metaTemplateLanguage", "metaApiVersion"],
  },
  { provider: "exolve", fields: ["exolveApiKey", "exolveSenderId", "exolveSendPath"], advanced: [] },
  { provider: "resend", fields: ["resendApiKey", "resendFrom"], advanced: [] },
];

/**
 * Secrets are write-only: the field starts empty with the masked value as placeholder; typing
 * replaces the key, "Remove" clears it, leaving it empty keeps it. Other fields edit in place.
 */
export function ProviderKeys({
  stored,
  edits,
  onEdit,
}: {
  stored: Record<CredentialField, CredentialView>;
  edits: Partial<Record<CredentialField, string>>;
  onEdit: (field: CredentialField, value: string | undefined) => void;
}) {
  const { t } = useI18n();
  const tr = t.reviews.settings;
  const input = (field: CredentialField) => {
    const view = stored[field];
    const edited = edits[field];
    const id = `cred-${field}`;
    return (
      <div key={field} className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {tr.field[field]}
          {view.secret && view.set ? <span className="ml-1 font-normal text-green-700">({tr.keySet})</span> : null}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            type={view.secret ? "password" : "text"}
            autoComplete="off"
            value={edited ?? (view.secret ? "" : view.value)}
            placeholder={view.secret ? (view.set ? `${view.value} · ${tr.replaceHint}` : "") : ""}
            onChange={(e) => onEdit(field, e.target.value)}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
          {view.secret && view.set && edited !== "" ? (
            <button
              type="button"
              className="shrink-0 text-xs text-red-600 hover:underline"
              onClick={() => onEdit(field, "")}
            >
              {tr.clearKey}
            </button>
          ) : null}
        </div>
      </div>
    );
  };
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {GROUPS.map((group) => (
        <fieldset key={group.provider} className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{tr.provider[group.provider]}</legend>
          {group.fields.map(input)}
          {group.advanced.length ? (
            <details>
              <summary className="cursor-pointer text-xs text-slate-500">{tr.advanced}</summary>
              <div className="mt-2 space-y-2">{group.advanced.map(input)}</div>
            </details>
          ) : null}
        </fieldset>
      ))}
    </div>
  );
}
