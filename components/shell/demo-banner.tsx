import type { Dictionary } from "@/lib/i18n/dictionaries";

/**
 * On every page of a demo instance (DEMO_WORKSPACE): nobody mistakes it for a real inbox. A small tag in
 * the app's header and above the sign-in card, in the flow of the page, so it never covers a row, a
 * button or the composer; the whole sentence is its tooltip and what a screen reader reads (as text,
 * not as a label, which would match form fields' labels such as «Пароль»).
 */
export function DemoBanner({ t }: { t: Dictionary["demo"] }) {
  return (
    <span
      role="note"
      title={t.banner}
      data-testid="demo-banner"
      className="shrink-0 rounded-full border border-amber-300 bg-amber-100 px-2 py-0.5 text-[11px] font-medium whitespace-nowrap text-amber-900"
    >
      <span aria-hidden="true">{t.label}</span>
      <span className="sr-only">{t.banner}</span>
    </span>
  );
}
