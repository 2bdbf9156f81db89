"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api, ApiError } from "@/components/api/client";
import { clearComposerDraft, forgetRequestId } from "@/components/inbox/composer-storage";
import { inboxQueries, queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import type { MessagePage } from "@/components/inbox/types";

// Sending and retrying replies, with the thread's cache (["messages", chatId]) updated at once:
// an optimistic PENDING bubble while the request runs, replaced by the stored message after.

export type ThreadMessage = MessagePage["messages"][number];
export type SendVars = { text: string; files: File[]; clientRequestId: string };

/** The request may or may not have reached the server: resend with the same clientRequestId. */
export function outcomeUnknown(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

// Files the marketplace refused with the reply, kept for "retry" (they are not stored on the server).
export const retainedFiles = new Map<string, File[]>();

function postReply(
  url: string,
  { text, files, clientRequestId }: Partial<SendVars>,
): Promise<{ message: ThreadMessage }> {
  let body: FormData | { text?: string; clientRequestId?: string } | undefined;
  if (files?.length) {
    body = new FormData();
    if (text !== undefined) body.set("text", text);
    if (clientRequestId) body.set("clientRequestId", clientRequestId);
    for (const f of files) body.append("files", f, f.name);
  } else if (text !== undefined || clientRequestId) {
    body = { text, clientRequestId };
  }
  return api<{ message: ThreadMessage }>(url, { method: "POST", body });
}

function updateThread(qc: QueryClient, chatId: string, fn: (messages: ThreadMessage[]) => ThreadMessage[]) {
  qc.setQueryData(inboxQueries.messages(chatId).queryKey, (page) =>
    page ? { ...page, messages: fn(page.messages) } : page,
  );
}

/** Puts the stored message in place of the optimistic one (or of an older copy of itself). */
export function upsertThreadMessage(qc: QueryClient, chatId: string, message: ThreadMessage, replaceId?: string) {
  updateThread(qc, chatId, (list) => {
    const rest = list.filter((m) => m.id !== message.id && m.id !== replaceId);
    return [...rest, message].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  });
}

const optimisticId = (clientRequestId: string) => `optimistic:${clientRequestId}`;

export function useSendReply(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: SendVars) => postReply(`/api/chats/${chatId}/replies`, vars),
    onMutate: async (vars) => {
      await qc.cancelQueries({ queryKey: queryKeys.messages(chatId) });
      const optimistic: ThreadMessage = {
        id: optimisticId(vars.clientRequestId),
        author: "SELLER",
        text: vars.text,
        reviewPros: null,
        reviewCons: null,
        createdAt: new Date().toISOString(),
        readAt: null,
        editedAt: null,
        originalText: null,
        status: "PENDING",
        error: null,
        sender: null,
        attachments: vars.files.map((f, i) => ({
          id: `${optimisticId(vars.clientRequestId)}:${i}`,
          fileName: f.name,
          mimeType: f.type,
          size: f.size,
        })),
      };
      updateThread(qc, chatId, (list) => [...list.filter((m) => m.id !== optimistic.id), optimistic]);
    },
    // Here rather than in the caller: these run even if the operator has switched chats meanwhile.
    onSuccess: ({ message }, vars) => {
      upsertThreadMessage(qc, chatId, message, optimisticId(vars.clientRequestId));
      if (message.status === "SENT") clearComposerDraft(chatId, vars.text);
      if (message.status === "FAILED") {
        // The reply exists (FAILED, with "retry"); sending the text again must make a new one.
        forgetRequestId(chatId, vars.clientRequestId);
        if (vars.files.length) retainedFiles.set(message.id, vars.files);
      }
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
      void qc.invalidateQueries({ queryKey: queryKeys.chat(chatId) });
    },
    onError: (error, vars) => {
      updateThread(qc, chatId, (list) => list.filter((m) => m.id !== optimisticId(vars.clientRequestId)));
      // Refused outright (422 guardrails, 400): nothing was stored under the id. Unknown outcome: keep it.
      if (!outcomeUnknown(error)) forgetRequestId(chatId, vars.clientRequestId);
    },
  });
}

export function useRetryReply(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ messageId }: { messageId: string }) =>
      postReply(`/api/chats/${chatId}/replies/${messageId}/retry`, { files: retainedFiles.get(messageId) }),
    onMutate: ({ messageId }) =>
      updateThread(qc, chatId, (list) =>
        list.map((m) => (m.id === messageId ? { ...m, status: "PENDING", error: null } : m)),
      ),
    onSuccess: ({ message }) => {
      upsertThreadMessage(qc, chatId, message);
      if (message.status === "SENT") {
        retainedFiles.delete(message.id);
        clearComposerDraft(chatId, message.text);
      }
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    },
    onError: () => void qc.invalidateQueries({ queryKey: queryKeys.messages(chatId) }),
  });
}
