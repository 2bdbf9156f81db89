"use client";

import { api } from "@/components/api/client";
import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { inboxQueries, queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import type { ChatDetail, ChatListPage, ChatRow } from "@/components/inbox/types";

export type ChatPatch = { status?: "OPEN" | "RESOLVED"; assigneeId?: string | null; snoozedUntil?: string | null };

/** Applies a change to the chat everywhere it is shown, before and after the server confirms it. */
function patchCaches(qc: QueryClient, chatId: string, patch: Partial<ChatRow> & Partial<ChatDetail>) {
  qc.setQueryData(inboxQueries.chat(chatId).queryKey, (chat) => (chat ? { ...chat, ...patch } : chat));
  qc.setQueriesData<InfiniteData<ChatListPage>>({ queryKey: queryFamilies.chatLists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((p) => ({
            ...p,
            chats: p.chats.map((c) => (c.id === chatId ? { ...c, ...patch } : c)),
          })),
        }
      : data,
  );
}

/** Resolve/reopen, assign, snooze: PATCH /api/chats/[id], shown at once, rolled back on failure. */
export function useUpdateChat(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChatPatch) => api<ChatDetail>(`/api/chats/${chatId}`, { method: "PATCH", body: patch }),
    onMutate: async (patch) => {
      await qc.cancelQueries({ queryKey: queryKeys.chat(chatId) });
      const previous = qc.getQueryData(inboxQueries.chat(chatId).queryKey);
      const { assigneeId: _a, ...rest } = patch;
      patchCaches(qc, chatId, rest);
      return { previous };
    },
    onError: (_e, _patch, context) => {
      if (context?.previous) qc.setQueryData(queryKeys.chat(chatId), context.previous);
    },
    onSuccess: (chat) => {
      qc.setQueryData(queryKeys.chat(chatId), chat);
      patchCaches(qc, chatId, { status: chat.status, assignee: chat.assignee, snoozedUntil: chat.snoozedUntil });
    },
    // This tab skips the stream's echo of its own change (live-stream.ts): what else shows the chat refetches here.
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts() });
      void qc.invalidateQueries({ queryKey: queryKeys.buyer(chatId) });
      void qc.invalidateQueries({ queryKey: queryKeys.labels() });
    },
  });
}

/**
 * Opening a chat reads it: unread buyer messages and the "new" flag clear here and on the marketplace.
 * Runs again whenever new unread messages arrive while the chat is open and the tab is visible.
 */
export function useMarkRead(chat: ChatDetail | undefined) {
  const qc = useQueryClient();
  const sent = useRef<string | null>(null);
  const mutation = useMutation({
    mutationFn: (chatId: string) => api(`/api/chats/${chatId}/read`, { method: "POST" }),
    onMutate: (chatId) => patchCaches(qc, chatId, { unreadCount: 0, isNewChat: false }),
  });
  const { mutate } = mutation;
  const visible = useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState === "visible",
    () => false,
  );
  const key =
    chat && (chat.unreadCount > 0 || chat.isNewChat) ? `${chat.id}:${chat.unreadCount}:${chat.lastMessageAt}` : null;
  useEffect(() => {
    if (!key || !chat || !visible || sent.current === key) return;
    sent.current = key;
    mutate(chat.id);
  }, [key, chat, visible, mutate]);
}

function subscribeVisibility(onChange: () => void) {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
}
