"use client";

import { api } from "@/components/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import type { ChatDetail } from "@/components/inbox/types";
import { useShortcuts } from "@/components/inbox/use-shortcuts";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";

// "Ответ не нужен": the buyer only acknowledged, so one key (N, also on the Russian layout) or the
// button resolves the chat without a reply.
export function DraftNoReply({ chatId }: { chatId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const resolve = useMutation({
    mutationFn: () => api<ChatDetail>(`/api/chats/${chatId}/drafts/no-reply`, { method: "POST" }),
    onSuccess: (chat) => {
      qc.setQueryData(queryKeys.chat(chatId), chat);
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts() });
    },
  });
  const { mutate, isPending } = resolve;
  const onKey = (e: KeyboardEvent) => {
    if (e.repeat || isPending) return;
    e.preventDefault();
    mutate();
  };
  useShortcuts({ n: onKey, N: onKey, т: onKey, Т: onKey });
  const p = t.draftPanel;
  return (
    <div
      data-testid="draft-no-reply"
      className="mt-1.5 flex flex-wrap items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-1.5 text-sm text-emerald-900"
    >
      <span>{p.noReplyHint}</span>
      <Button
        type="button"
        className="ml-auto px-2.5 py-1 text-xs"
        title={p.noReplyKey}
        aria-keyshortcuts="N"
        disabled={isPending}
        onClick={() => mutate()}
      >
        {p.noReply}
        <kbd className="ml-1.5 rounded border border-white/40 px-1 text-[10px]">N</kbd>
      </Button>
    </div>
  );
}
