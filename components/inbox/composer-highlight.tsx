"use client";

import { useRef, type ComponentProps, type Ref } from "react";
import { useI18n } from "@/components/providers";
import { findingText } from "@/lib/ai/finding-text";
import type { Finding } from "@/lib/ai/types";

// A textarea with the guardrail findings highlighted behind its text: a backdrop with the same
// typography renders the text invisibly with <mark>s under the offending spans, and scrolls with it.

const BOX =
  "w-full rounded-lg border px-3 py-2 text-sm leading-6 whitespace-pre-wrap break-words font-[inherit] [scrollbar-gutter:stable]";
const MARK: Record<Finding["severity"], string> = {
  block: "rounded-sm bg-red-200 text-transparent",
  flag: "rounded-sm bg-amber-200 text-transparent",
};

type Segment = { text: string; severity: Finding["severity"] | null };

/** Splits the text into runs, each marked with the most severe finding covering it. */
export function segmentsFor(text: string, findings: Finding[]): Segment[] {
  if (findings.length === 0) return [{ text, severity: null }];
  const rank = new Uint8Array(text.length); // 0 none, 1 flag, 2 block
  for (const f of findings) {
    const r = f.severity === "block" ? 2 : 1;
    for (let i = Math.max(0, f.start); i < Math.min(text.length, f.end); i++) if (rank[i]! < r) rank[i] = r;
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || rank[i] !== rank[start]) {
      const r = rank[start];
      out.push({ text: text.slice(start, i), severity: r === 2 ? "block" : r === 1 ? "flag" : null });
      start = i;
    }
  }
  return out;
}

export function HighlightedTextarea({
  value,
  findings,
  ref,
  className = "",
  ...props
}: Omit<ComponentProps<"textarea">, "value" | "ref"> & {
  value: string;
  findings: Finding[];
  ref?: Ref<HTMLTextAreaElement>;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <div className="relative rounded-lg bg-white">
      <div
        ref={backdrop}
        aria-hidden
        data-testid="composer-highlights"
        className={`${BOX} pointer-events-none absolute inset-0 overflow-hidden border-transparent text-transparent`}
      >
        {segmentsFor(value, findings).map((s, i) =>
          s.severity ? (
            <mark key={i} data-severity={s.severity} className={MARK[s.severity]}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line, as in the textarea. */}
        {"\u200b"}
      </div>
      <textarea
        {...props}
        ref={ref}
        value={value}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          props.onScroll?.(e);
        }}
        className={`${BOX} relative resize-y border-slate-300 bg-transparent text-slate-900 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/20 ${className}`}
      />
    </div>
  );
}

/** The findings in words, block or flag; with onSelect each one selects its span in the textarea. */
export function FindingList({
  findings,
  onSelect,
  testId,
  className = "",
}: {
  findings: Finding[];
  onSelect?: (f: Finding) => void;
  testId: string;
  className?: string;
}) {
  const { t, locale } = useI18n();
  if (findings.length === 0) return null;
  return (
    <ul className={`space-y-0.5 text-xs ${className}`} data-testid={testId}>
      {findings.map((f, i) => {
        const body = (
          <>
            <span
              className={`mr-1 rounded px-1 py-px font-medium ${f.severity === "block" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}
            >
              {t.composer.severity[f.severity]}
            </span>
            <span className="text-slate-700">
              «{f.match.length > 40 ? `${f.match.slice(0, 40)}…` : f.match}» — {findingText(f, locale)}
            </span>
          </>
        );
        return (
          <li key={`${f.kind}-${f.start}-${i}`} data-severity={f.severity}>
            {onSelect ? (
              <button type="button" className="text-left hover:underline" onClick={() => onSelect(f)}>
                {body}
              </button>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ul>
  );
}
