"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/review-requests/copy-button";
import { EventList } from "@/components/review-requests/event-list";
import { TestEventForm } from "@/components/review-requests/test-event-form";
import type { ReviewIntegrationView } from "@/lib/review-requests/integration-view";
import type { SourceSlug } from "@/lib/review-requests/source-slug";

const JSON_HEADERS = { "content-type": "application/json" };

export function IntegrationCard({
  slug,
  label,
  integration,
  freshKey,
  onKey,
  onChanged,
}: {
  slug: SourceSlug;
  label: string;
  integration?: ReviewIntegrationView;
  /** The full key, only right after creation or regeneration. */
  freshKey?: string;
  onKey: (key: string | undefined) => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const tr = t.reviews.integrations;
  const [origin, setOrigin] = useState("");
  const [error, setError] = useState("");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- browser-only value read after hydration, so the server render and the first client render agree
  useEffect(() => setOrigin(window.location.origin), []);

  const run = useMutation({
    mutationFn: async (action: "connect" | "regenerate" | "disconnect") => {
      if (action === "connect")
        return api<{ key: string }>("/api/review-integrations", { method: "POST", body: { source: slug } });
      if (!integration) throw new Error(t.errors.generic);
      if (action === "regenerate")
        return api<{ key: string }>(`/api/review-integrations/${integration.id}/key`, { method: "POST" });
      return api<null>(`/api/review-integrations/${integration.id}`, { method: "DELETE" });
    },
    onMutate: () => setError(""),
    onSuccess: (result) => {
      onKey(result && "key" in result ? result.key : undefined);
      onChanged();
    },
    onError: (e) => setError(apiErrorText(e, { t, locale })),
  });

  const url = integration ? `${origin}${integration.webhookPath}?key=${freshKey ?? integration.keyHint}` : "";
  return (
    <section
      aria-label={label}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      data-testid={`integration-${slug}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">{label}</h3>
        {integration ? (
          <div className="flex gap-2">
            <Button
              variant="secondary"
              disabled={run.isPending}
              onClick={() => window.confirm(tr.regenerateConfirm) && run.mutate("regenerate")}
            >
              {tr.regenerate}
            </Button>
            <Button
              variant="ghost"
              disabled={run.isPending}
              onClick={() => window.confirm(tr.disconnectConfirm) && run.mutate("disconnect")}
            >
              {tr.disconnect}
            </Button>
          </div>
        ) : (
          <Button disabled={run.isPending} onClick={() => run.mutate("connect")}>
            {tr.connect}
          </Button>
        )}
      </div>

      {integration ? (
        <>
          <div className="space-y-1">
            <label htmlFor={`url-${slug}`} className="block text-sm font-medium text-slate-700">
              {tr.webhookUrl}
            </label>
            <div className="flex gap-2">
              <input
                id={`url-${slug}`}
                readOnly
                value={url}
                className="w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={url} />
            </div>
            <p className={`text-xs ${freshKey ? "font-medium text-amber-700" : "text-slate-500"}`}>
              {freshKey ? tr.keyOnce : tr.keyMasked}
            </p>
            <p className="text-xs text-slate-500">{tr.keyHeaders}</p>
          </div>

          <details className="rounded-md bg-slate-50 p-3 text-sm">
            <summary className="cursor-pointer font-medium">{tr.setup}</summary>
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
              {t.reviews.setup[slug].map((step) => (
                <li key={step}>
                  {/* ⟨…⟩ in a step: another system's own (Russian) words, marked as such. */}
                  {step.split(/[⟨⟩]/).map((part, i) =>
                    i % 2 ? (
                      <span key={i} lang="ru">
                        {part}
                      </span>
                    ) : (
                      part
                    ),
                  )}
                </li>
              ))}
            </ol>
          </details>

          <TestEventForm slug={slug} integrationId={integration.id} />

          <div className="space-y-2">
            <h4 className="text-sm font-semibold">{tr.events}</h4>
            <EventList integrationId={integration.id} />
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-500">{tr.notConnected}</p>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </section>
  );
}
