"use client";

import { useI18n } from "@/components/providers";
import type { Locale } from "@/lib/i18n/dictionaries";
import { findDescriptor } from "@/lib/marketplaces/registry";

/** A marketplace's full name (database spelling in) in the interface's language. */
export function marketplaceName(marketplace: string, locale: Locale): string {
  return findDescriptor({ value: marketplace })?.labels[locale] ?? marketplace;
}

/** The short badge text in the interface's language («ЯМ» is «YM» in English). */
export function marketplaceBadgeText(labels: { badge: string; badgeEn?: string }, locale: Locale): string {
  return locale === "en" ? (labels.badgeEn ?? labels.badge) : labels.badge;
}

export function MarketplaceBadge({ marketplace, decorative = false }: { marketplace: string; decorative?: boolean }) {
  const { locale } = useI18n();
  const labels = findDescriptor({ value: marketplace })?.labels;
  const style = labels
    ? { label: marketplaceBadgeText(labels, locale), className: labels.badgeClass }
    : { label: marketplace, className: "bg-slate-200" };
  const name = marketplaceName(marketplace, locale);
  const a11y = decorative ? { "aria-hidden": true } : { role: "img", "aria-label": name };
  return (
    <span
      {...a11y}
      title={name}
      className={`inline-flex h-5 min-w-9 items-center justify-center rounded px-1 text-[10px] font-bold ${style.className}`}
    >
      {style.label}
    </span>
  );
}
