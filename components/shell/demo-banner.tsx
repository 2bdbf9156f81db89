import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * On every page of a demo instance (DEMO_WORKSPACE): nobody mistakes it for a real inbox. A small tag
 * fixed in a corner and transparent to clicks, so the full-height inbox keeps its layout and no row is
 * hidden behind it; the whole sentence is its tooltip and what a screen reader reads (as text, not as a label, which
 * would match form fields' labels such as «Пароль»).
 */
export function DemoBanner({ t }: { t: Dictionary["demo"] }) {
  return (
    <div
      role="note"
      title={t.banner}
      data-testid="demo-banner"
      className="pointer-events-none fixed bottom-2 left-2 z-50 rounded-full border border-amber-300 bg-amber-100/95 px-2 py-0.5 text-[11px] font-medium text-amber-900 shadow-sm"
    >
      <span aria-hidden="true">{t.label}</span>
      <span className="sr-only">{t.banner}</span>
    </div>
  );
}
