import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * On every page of a demo instance (DEMO_WORKSPACE): nobody mistakes it for a real inbox. Fixed in a
 * corner and transparent to clicks, so the full-height inbox keeps its layout.
 */
export function DemoBanner({ t }: { t: Dictionary["demo"] }) {
  return (
    <div role="note" aria-label={t.label} data-testid="demo-banner" className="pointer-events-none fixed bottom-2 left-2 z-50 max-w-xs rounded-md border border-amber-300 bg-amber-100/95 px-2 py-1 text-[11px] leading-snug text-amber-900 shadow-sm">
      {t.banner}
    </div>
  );
}
