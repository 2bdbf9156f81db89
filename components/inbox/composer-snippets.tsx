"use client";

import { useQuery } from "@tanstack/react-query";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import type { SnippetList } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { fillSnippet, type SnippetValues } from "@/lib/inbox/snippet-variables";

// "/" in the composer suggests saved replies from GET /api/snippets, through the same query as the
// saved-replies dialog (components/inbox/inbox-queries.ts): one key, one shape. If it fails, the menu
// says so and the composer works as before.

export type Snippet = Pick<SnippetList["snippets"][number], "id" | "shortcut" | "title" | "text">;

export function useSnippets(enabled: boolean) {
  return useQuery({
    ...inboxQueries.snippets(),
    enabled,
    retry: false,
    staleTime: 60_000,
    select: (data) => data.snippets,
  });
}

/** The "/word" being typed at the caret, if any: a slash at the start or after whitespace. */
export function snippetQueryAt(text: string, caret: number): { query: string; start: number } | null {
  const match = /(^|\s)\/([\p{L}\p{N}_-]*)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { query: match[2]!.toLowerCase(), start: match.index + match[1]!.length };
}

export function matchSnippets(snippets: Snippet[], query: string): Snippet[] {
  const q = query.toLowerCase();
  return snippets
    .filter((s) => s.shortcut.toLowerCase().startsWith(q) || s.title.toLowerCase().includes(q))
    .slice(0, 8);
}

export function SnippetMenu({
  items,
  query,
  active,
  state,
  values,
  onPick,
}: {
  items: Snippet[];
  query: string;
  active: number;
  state: "loading" | "error" | "ready";
  /** The chat's buyer name, order number and product, for the snippets' variables. */
  values: SnippetValues;
  onPick: (snippet: Snippet) => void;
}) {
  const { t, fmt } = useI18n();
  const preview = items[active] ? fillSnippet({ text: items[active].text, values }) : null;
  return (
    <div className="absolute bottom-full left-0 z-20 mb-1 w-full max-w-md rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg">
      <p className="px-3 py-1 text-xs font-medium text-slate-500">{t.composer.snippets}</p>
      {state === "error" ? (
        <p className="px-3 py-2 text-slate-500">{t.composer.snippetsUnavailable}</p>
      ) : state === "loading" ? (
        <p className="px-3 py-2 text-slate-500">{t.inbox.loading}</p>
      ) : items.length === 0 ? (
        <p className="px-3 py-2 text-slate-500">{fmt(t.composer.snippetsEmpty, { q: query })}</p>
      ) : (
        <ul role="listbox" aria-label={t.composer.snippets} id="composer-snippets">
          {items.map((s, i) => (
            <li
              key={s.id}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea must keep focus and its caret.
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(s);
              }}
              className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
            >
              <span className="font-mono text-brand-700">/{s.shortcut}</span>{" "}
              <span className="text-slate-700" data-user-content>
                {s.title}
              </span>
              <span className="block truncate text-xs text-slate-500" data-user-content>
                {fillSnippet({ text: s.text, values }).text}
              </span>
            </li>
          ))}
        </ul>
      )}
      {state === "ready" && preview ? (
        <div className="mx-2 mt-1 rounded-md border border-slate-200 bg-slate-50 p-2" data-testid="snippet-preview">
          <p className="text-xs font-medium text-slate-600">{t.ops.snippetVars.preview}</p>
          <p className="max-h-32 overflow-y-auto text-sm whitespace-pre-wrap text-slate-900" data-user-content>
            {preview.text}
          </p>
          {preview.missing.length ? (
            <p className="mt-1 text-xs text-amber-800">
              {fmt(t.ops.snippetVars.missing, { vars: preview.missing.join(", ") })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
