"use client";

import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { IntegrationCard } from "@/components/review-requests/integration-card";
import type { ReviewIntegrationView } from "@/lib/review-requests/integration-view";
import type { SourceSlug } from "@/lib/review-requests/source-slug";

const SOURCES: { slug: SourceSlug; label: string }[] = [
  { slug: "iiko", label: "iiko" },
  { slug: "rkeeper", label: "R-Keeper" },
  { slug: "yclients", label: "YCLIENTS" },
  { slug: "amocrm", label: "amoCRM" },
];

export function IntegrationsPanel() {
  const { t } = useI18n();
  // Full keys live only in this component's memory, from creation until the page is left.
  const [keys, setKeys] = useState<Partial<Record<SourceSlug, string>>>({});
  const { data, refetch, isLoading } = useQuery({
    queryKey: queryKeys.reviewIntegrations(),
    queryFn: () => api<{ integrations: ReviewIntegrationView[] }>("/api/review-integrations"),
  });
  if (isLoading) return <p className="text-sm text-slate-500">{t.inbox.loading}</p>;
  const bySource = new Map((data?.integrations ?? []).map((row) => [row.source.toLowerCase(), row]));
  return (
    <div className="grid gap-4">
      {SOURCES.map(({ slug, label }) => (
        <IntegrationCard
          key={slug}
          slug={slug}
          label={label}
          integration={bySource.get(slug)}
          freshKey={keys[slug]}
          onKey={(key) => setKeys((current) => ({ ...current, [slug]: key }))}
          onChanged={() => void refetch()}
        />
      ))}
    </div>
  );
}
