"use client";

import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import { renderReviewRequest } from "@/lib/review-requests/render-review-request";
import type { TemplateVariables } from "@/lib/review-requests/render-template";

const FIELDS = ["sms", "whatsapp", "emailSubject", "emailBody"] as const;

/** Template textareas with a live preview rendered by the same function the sender uses. */
export function TemplateEditor({
  templates,
  defaults,
  variables,
  errors = {},
  onChange,
}: {
  templates: ReviewRequestTemplates;
  defaults: ReviewRequestTemplates;
  variables: TemplateVariables;
  /** A template the route refused, worded in the screen's language. */
  errors?: Partial<Record<string, string>>;
  onChange: (templates: ReviewRequestTemplates) => void;
}) {
  const { t } = useI18n();
  const tr = t.reviews.settings;
  let preview: ReturnType<typeof renderReviewRequest> | null = null;
  try {
    preview = renderReviewRequest({ templates, variables });
  } catch {
    preview = null; // a template over its length limit: the save answers with the reason
  }
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-3">
        <p className="text-xs text-slate-500">{tr.templatesHint}</p>
        {FIELDS.map((field) => (
          <div key={field} className="space-y-1">
            <div className="flex items-center justify-between">
              <label htmlFor={`template-${field}`} className="text-sm font-medium text-slate-700">
                {tr.template[field]}
              </label>
              {templates[field] !== defaults[field] ? (
                <Button
                  type="button"
                  variant="ghost"
                  className="px-2 py-0.5 text-xs"
                  onClick={() => onChange({ ...templates, [field]: defaults[field] })}
                >
                  {tr.resetTemplate}
                </Button>
              ) : null}
            </div>
            <textarea
              id={`template-${field}`}
              value={templates[field]}
              rows={field === "emailBody" ? 6 : field === "emailSubject" ? 1 : 3}
              onChange={(e) => onChange({ ...templates, [field]: e.target.value })}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `template-${field}-error` : undefined}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs"
            />
            {errors[field] ? (
              <p id={`template-${field}-error`} className="text-xs text-red-600">
                {errors[field]}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <div className="space-y-3 rounded-md bg-slate-50 p-3 text-sm" aria-live="polite" data-testid="template-preview">
        <h4 className="font-semibold">{tr.preview}</h4>
        {preview ? (
          <>
            <div>
              <p className="text-xs font-medium text-slate-500">
                SMS · {preview.sms.segments} {tr.segments} ({preview.sms.encoding})
              </p>
              <p className="whitespace-pre-wrap rounded bg-white p-2" data-testid="preview-sms" data-user-content>
                {preview.sms.text}
              </p>
            </div>
            <div>
              <p className="text-xs font-medium text-slate-500">WhatsApp</p>
              <p className="whitespace-pre-wrap rounded bg-white p-2" data-user-content>
                {preview.whatsapp.text}
              </p>
            </div>
            <div>
              <p className="text-xs font-medium text-slate-500">Email</p>
              <div className="rounded bg-white p-2">
                <p className="font-medium" data-user-content>
                  {preview.email.subject}
                </p>
                <p className="mt-1 whitespace-pre-wrap" data-user-content>
                  {preview.email.text}
                </p>
              </div>
            </div>
            {preview.unknownVariables.length > 0 ? (
              <p className="text-xs text-amber-700">
                {tr.unknownVariables}: {preview.unknownVariables.map((name) => `{{${name}}}`).join(", ")}
              </p>
            ) : null}
            {preview.missingVariables.filter((name) => name !== "customerName").length > 0 ? (
              <p className="text-xs text-amber-700">
                {tr.missingVariables}:{" "}
                {preview.missingVariables
                  .filter((name) => name !== "customerName")
                  .map((name) =>
                    name === "reviewLink" ? tr.reviewLink : name === "businessName" ? tr.businessName : `{{${name}}}`,
                  )
                  .join(", ")}
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-red-600">{t.errors.generic}</p>
        )}
      </div>
    </div>
  );
}
