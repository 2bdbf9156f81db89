// The composer's unsent text per chat, in localStorage: it survives switching chats and a reload,
// and is removed only after the marketplace accepted the reply. The clientRequestId of a send whose
// answer never arrived is kept with it, so sending the same text again cannot post it twice.

const PREFIX = "agentiq.composer.v1:";

export type StoredDraft = { text: string; clientRequestId?: string };

export function loadComposerDraft(chatId: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + chatId);
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === "object" && typeof (value as StoredDraft).text === "string")
      return value as StoredDraft;
  } catch {
    // Private mode or a corrupt entry: start empty.
  }
  return null;
}

export function saveComposerDraft(chatId: string, draft: StoredDraft): void {
  try {
    if (!draft.text && !draft.clientRequestId) window.localStorage.removeItem(PREFIX + chatId);
    else window.localStorage.setItem(PREFIX + chatId, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the text still lives in the textarea.
  }
}

/** After a successful send; a newer text typed meanwhile is kept. */
export function clearComposerDraft(chatId: string, sentText: string): void {
  const current = loadComposerDraft(chatId);
  if (current && current.text.trim() !== sentText.trim()) {
    saveComposerDraft(chatId, { text: current.text });
    return;
  }
  saveComposerDraft(chatId, { text: "" });
}

/** The send under this id is settled (refused, or failed for good): a new send of the text is a new reply. */
export function forgetRequestId(chatId: string, clientRequestId: string): void {
  const current = loadComposerDraft(chatId);
  if (current?.clientRequestId === clientRequestId) saveComposerDraft(chatId, { text: current.text });
}
