"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "@/components/api/client";
import { retainedFiles, useRetryReply } from "@/components/inbox/composer-send";
import { inboxQueries } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";

// Replies the marketplace refused, above the composer: the marketplace's reason verbatim, "retry"
// (same text, same message) and "edit" (the text back into the composer). Read from the thread's
// own query, so they survive a reload and disappear once sent.

export function FailedReplies({
  chatId,
  onEdit,
  onSent,
}: {
  chatId: string;
  onEdit: (text: string) => void;
  onSent: (text: string) => void;
}) {
  const { t } = useI18n();
  const messages = useQuery(inboxQueries.messages(chatId));
  const retry = useRetryReply(chatId);
  const [needsFiles, setNeedsFiles] = useState<string | null>(null);
  const failed = (messages.data?.messages ?? []).filter((m) => m.author === "SELLER" && m.status === "FAILED");
  if (failed.length === 0) return null;
  return (
    <ul className="mb-1.5 max-h-32 space-y-1.5 overflow-y-auto" aria-label={t.composer.failed}>
      {failed.map((m) => (
        <li
          key={m.id}
          data-testid="failed-reply"
          className="flex items-start gap-3 rounded-lg border border-red-200 bg-red-50 px-3 py-1.5 text-sm"
        >
          <div className="min-w-0 flex-1">
            <p className="font-medium text-red-800">
              {t.composer.failed}: <span data-testid="failed-reason">{m.error}</span>
            </p>
            <p className="truncate text-xs text-slate-600">{m.text}</p>
            {needsFiles === m.id ? <p className="text-xs text-red-700">{t.composer.retryNeedsFiles}</p> : null}
          </div>
          <div className="flex shrink-0 gap-2">
            <button
              type="button"
              className="rounded-md bg-red-600 px-3 py-1 text-xs font-medium text-white hover:bg-red-700 disabled:opacity-60"
              disabled={retry.isPending && retry.variables?.messageId === m.id}
              onClick={() => {
                // A reply with files can be retried only while this tab still holds them.
                if (m.attachments.length > 0 && !retainedFiles.has(m.id)) return setNeedsFiles(m.id);
                retry.mutate(
                  { messageId: m.id },
                  {
                    onSuccess: ({ message }) => message.status === "SENT" && onSent(message.text),
                    onError: (e) => e instanceof ApiError && e.reason === "files_needed" && setNeedsFiles(m.id),
                  },
                );
              }}
            >
              {retry.isPending && retry.variables?.messageId === m.id ? t.composer.sending : t.composer.retry}
            </button>
            <button
              type="button"
              className="rounded-md border border-slate-300 bg-white px-3 py-1 text-xs text-slate-700 hover:bg-slate-50"
              onClick={() => onEdit(m.text)}
            >
              {t.composer.toEditor}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
