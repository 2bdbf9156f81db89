"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { api, ApiError } from "@/components/api/client";
import { fieldErrorText } from "@/components/api/form-errors";
import { useSettingsForm } from "@/components/api/use-settings-form";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { SaveBar } from "@/components/ui/save-bar";
import { findingText } from "@/lib/ai/finding-text";
import {
  SHOP_FACT_KEYS,
  shopFactsInputSchema,
  type ShopFactKey,
  type ShopFactsInput,
} from "@/lib/ai/shop-facts-schema";
import { SHOP_FACT_MAX_CHARS, type ShopFacts } from "@/lib/ai/types";

type Finding = { message: string; messageEn?: string; kind?: string; severity?: string; match?: string };
type Rejected = { key: ShopFactKey; findings: Finding[] }[];

function rejectedFacts(error: unknown): Rejected {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as { reason?: string; facts?: Rejected } | undefined;
  return details?.reason === "guardrails" && Array.isArray(details.facts) ? details.facts : [];
}

/** The shop's facts (delivery, sizes, returns, other) the AI drafts rely on; owners edit, others read. */
export function ShopFactsForm({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const current = useQuery({
    queryKey: queryKeys.shopFacts(),
    queryFn: ({ signal }) => api<ShopFacts>("/api/shop-facts", { signal }),
  });
  if (current.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {t.aiSettings.loadError}
      </p>
    );
  if (!current.data) return null;
  return <FactsForm facts={current.data} canEdit={canEdit} />;
}

function FactsForm({ facts, canEdit }: { facts: ShopFacts; canEdit: boolean }) {
  const { t, locale, fmt } = useI18n();
  const s = t.aiSettings;
  const {
    register,
    control,
    onSubmit,
    bar,
    formState: { errors },
  } = useSettingsForm<z.input<typeof shopFactsInputSchema>, ShopFactsInput>({
    resolver: zodResolver(shopFactsInputSchema),
    // The server's copy is sanitised: what was stored is what the form then shows.
    values: facts,
    url: "/api/shop-facts",
    queryKey: queryKeys.shopFacts(),
    refusal: (error, setError) => {
      const rejected = rejectedFacts(error);
      // Each finding on a line of its own, with the words that broke the rule.
      const lines = (findings: Finding[]) =>
        findings.map((f) => `${f.match ? `«${f.match.slice(0, 40)}» — ` : ""}${findingText(f, locale)}`).join("\n");
      for (const { key, findings } of rejected) setError(key, { type: "server", message: lines(findings) });
      if (rejected.length) setError("root", { type: "server", message: s.rejected });
      return rejected.length > 0;
    },
  });
  const draft = useWatch({ control });

  return (
    <form
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
      data-testid="shop-facts-form"
      noValidate
      onSubmit={onSubmit}
    >
      {SHOP_FACT_KEYS.map((key) => {
        const problem = fieldErrorText(errors[key], { t });
        const id = `shop-fact-${key}`;
        return (
          <div key={key} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium">
              {s.fields[key].label}
            </label>
            <p id={`${id}-hint`} className="text-xs text-slate-500">
              {s.fields[key].hint}
            </p>
            <textarea
              id={id}
              rows={3}
              maxLength={SHOP_FACT_MAX_CHARS}
              disabled={!canEdit}
              aria-describedby={`${id}-hint`}
              aria-invalid={problem ? true : undefined}
              {...register(key)}
              className={`block w-full rounded-md border px-3 py-2 text-sm disabled:bg-slate-50 ${problem ? "border-red-400" : "border-slate-300"}`}
            />
            <div className="flex flex-wrap justify-between gap-2 text-xs">
              <ul className="text-red-700" data-testid={`${id}-problems`}>
                {problem?.split("\n").map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              <span className="ml-auto text-slate-500">
                {fmt(s.counter, { n: [...(draft[key] ?? "")].length, limit: SHOP_FACT_MAX_CHARS })}
              </span>
            </div>
          </div>
        );
      })}
      {canEdit ? <SaveBar words={s} {...bar} /> : null}
    </form>
  );
}
