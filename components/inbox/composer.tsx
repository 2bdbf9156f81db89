"use client";

import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { FailedReplies } from "@/components/inbox/composer-failed";
import { FindingList, HighlightedTextarea } from "@/components/inbox/composer-highlight";
import { ApiError } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { outcomeUnknown, useSendReply, type SendVars } from "@/components/inbox/composer-send";
import { SnippetMenu } from "@/components/inbox/composer-snippets";
import { useSnippetPicker } from "@/components/inbox/use-snippet-picker";
import { loadComposerDraft, saveComposerDraft } from "@/components/inbox/composer-storage";
import { AttachPicker, ComposerFileList } from "@/components/inbox/composer-files";
import { fileIssuesOf, fileIssueText, newRequestId } from "@/components/inbox/composer-text";
import type { ChatDetail } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import { useGuardrailFindings } from "@/components/inbox/use-guardrail-findings";
import { countChars } from "@/lib/ai/guardrails/limits";
import { checkReplyFiles } from "@/lib/inbox/reply-files";
import { announceTyping } from "@/components/inbox/use-presence-beacon";

// The reply composer. Guardrails run here on every change (lib/ai/guardrails is pure and is the same
// code sendReply runs before sending, so the highlight and the server's verdict agree without a
// request per keystroke); the server stays the authority.

type Props = { chat: ChatDetail; insert: { text: string; nonce: number } | null };

export function Composer({ chat, insert }: Props) {
  // One composer state per chat: switching chats starts from that chat's saved draft.
  return <ChatComposer key={chat.id} chat={chat} insert={insert} />;
}

function ChatComposer({ chat, insert }: Props) {
  const { t, locale, fmt } = useI18n();
  const rules = chat.replyRules;
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  // The id of a send whose outcome is unknown (network error): the same text resends under it.
  const [pending, setPending] = useState<{ text: string; id: string } | null>(null);
  const [undo, setUndo] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A reply that failed before reaching the marketplace while the operator was already typing the next one.
  const [unsent, setUnsent] = useState<SendVars | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const send = useSendReply(chat.id);

  useEffect(() => {
    const saved = loadComposerDraft(chat.id);
    if (!saved) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restores this chat's saved draft (browser storage) after hydration and on a chat switch
    setText(saved.text);
    if (saved.clientRequestId) setPending({ text: saved.text.trim(), id: saved.clientRequestId });
  }, [chat.id]);

  const edit = (next: string) => {
    setText(next);
    setUndo(null);
    setNotice(null);
    saveComposerDraft(chat.id, { text: next, clientRequestId: pending?.text === next.trim() ? pending.id : undefined });
  };

  const replaceWith = (next: string) => {
    if (text.trim() && text !== next) setUndo(text);
    setText(next);
    setNotice(null);
    saveComposerDraft(chat.id, { text: next });
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(next.length, next.length);
    });
  };

  // "Insert" in the draft panel: a new nonce each click. An insert that predates this composer
  // (another chat's) is not applied.
  const appliedNonce = useRef(insert?.nonce);
  useEffect(() => {
    if (!insert || insert.nonce === appliedNonce.current) return;
    appliedNonce.current = insert.nonce;
    replaceWith(insert.text);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per insert; replaceWith is this render's, so it sees the current text
  }, [insert]);

  const checked = useDeferredValue(text);
  const findings = useGuardrailFindings({
    text: checked,
    marketplace: chat.marketplace,
    messageType: rules.messageType,
  });
  const chars = countChars(text);
  const over = chars - rules.maxChars;
  const blocking = findings.some((f) => f.severity === "block") || over > 0;
  const fileIssues = checkReplyFiles({
    files: files.map((f) => ({ name: f.name, type: f.type, size: f.size })),
    rules,
  });
  const canSend = (text.trim() !== "" || files.length > 0) && !blocking && fileIssues.length === 0;

  const menu = useSnippetPicker({ chat, text, textarea, edit });

  const submit = () => {
    if (!canSend) return;
    const body = text.trim();
    const clientRequestId = pending?.text === body ? pending.id : newRequestId();
    saveComposerDraft(chat.id, { text, clientRequestId });
    setText("");
    setFiles([]);
    setUndo(null);
    dispatch({ text: body, files, clientRequestId });
  };

  const dispatch = (vars: SendVars) => {
    setPending({ text: vars.text, id: vars.clientRequestId });
    setNotice(null);
    setUnsent(null);
    const restore = (keepId: boolean) => {
      if (!keepId) setPending(null);
      // Never over what the operator has typed since: then the text waits in the "unsent" note.
      if (textarea.current?.value.trim())
        return setUnsent(keepId ? vars : { ...vars, clientRequestId: newRequestId() });
      setText(vars.text);
      setFiles(vars.files);
      saveComposerDraft(chat.id, { text: vars.text, clientRequestId: keepId ? vars.clientRequestId : undefined });
    };
    send.mutate(vars, {
      onSuccess: ({ message }) => {
        setPending(null);
        // A refused reply stays in the thread with the reason and "retry"; its text comes back here to edit.
        if (message.status === "FAILED") restore(false);
      },
      onError: (error) => {
        restore(outcomeUnknown(error));
        const files =
          error instanceof ApiError ? fileIssuesOf(error.details).map((issue) => fileIssueText(t, issue, locale)) : [];
        setNotice(
          fmt(t.composer.sendError, {
            message: files.length ? files.join("; ") : apiErrorText(error, { t, locale }).replace(/\.$/, ""),
          }),
        );
      },
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (menu.onKeyDown(e)) return;
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };

  const label =
    chat.kind === "QUESTION"
      ? t.composer.labelQuestion
      : chat.kind === "REVIEW"
        ? t.composer.labelReview
        : t.composer.label;

  return (
    <div className="border-t border-slate-200 bg-white px-4 py-2" data-testid="composer">
      <FailedReplies
        chatId={chat.id}
        onEdit={replaceWith}
        onSent={(sent) => {
          // The retried text is what the composer was holding for a rewrite: no longer needed.
          if (textarea.current?.value.trim() === sent.trim()) {
            setText("");
            setPending(null);
          }
        }}
      />
      {chat.account.status !== "ACTIVE" ? (
        <p className="mb-2 rounded-md bg-amber-50 px-3 py-1.5 text-xs text-amber-900">
          {t.composer.accountNeedsReauth}
        </p>
      ) : null}
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <label htmlFor="composer-input" className="text-xs font-medium text-slate-600">
          {label}
        </label>
        <span
          id="composer-counter"
          data-testid="composer-counter"
          aria-label={fmt(t.composer.counter, { n: chars, limit: rules.maxChars })}
          className={`text-xs tabular-nums ${over > 0 ? "font-semibold text-red-600" : "text-slate-500"}`}
        >
          {chars} / {rules.maxChars}
        </span>
      </div>
      <div className="relative">
        {menu.slash ? (
          <SnippetMenu
            items={menu.suggestions}
            query={menu.slash.query}
            active={menu.active}
            state={menu.snippets.isError ? "error" : menu.snippets.isPending ? "loading" : "ready"}
            values={menu.values}
            onPick={menu.pick}
          />
        ) : null}
        <HighlightedTextarea
          ref={textarea}
          id="composer-input"
          rows={3}
          value={text}
          findings={findings}
          placeholder={t.composer.placeholder}
          aria-describedby="composer-counter composer-findings"
          aria-invalid={blocking}
          onChange={(e) => {
            edit(e.target.value);
            announceTyping(chat.id);
            menu.typed(e.target.selectionStart);
          }}
          onSelect={(e) => menu.moved(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          className="max-h-56 min-h-20"
        />
      </div>
      <div id="composer-findings" aria-live="polite" className="mt-1 space-y-1 text-xs">
        {over > 0 ? <p className="text-red-700">{fmt(t.composer.overLimit, { n: over })}</p> : null}
        {findings.length > 0 ? (
          <p className={blocking ? "font-medium text-red-700" : "text-amber-800"}>
            {blocking ? t.composer.blocked : t.composer.flagged}
          </p>
        ) : null}
        <FindingList
          testId="composer-findings"
          findings={findings}
          onSelect={(f) => {
            textarea.current?.focus();
            textarea.current?.setSelectionRange(f.start, f.end);
          }}
        />
        {fileIssues.map((issue, i) => (
          <p key={i} className="text-red-700" role="alert">
            {fileIssueText(t, issue, locale)}
          </p>
        ))}
        {notice ? (
          <p className="text-red-700" role="alert">
            {notice}
          </p>
        ) : null}
        {unsent ? (
          <p className="flex flex-wrap items-center gap-2 text-slate-700" data-testid="composer-unsent">
            <span className="truncate">«{unsent.text.length > 60 ? `${unsent.text.slice(0, 60)}…` : unsent.text}»</span>
            <button
              type="button"
              className="font-medium text-brand-700 hover:underline"
              onClick={() => dispatch(unsent)}
            >
              {t.composer.retry}
            </button>
            <button
              type="button"
              className="text-brand-700 hover:underline"
              onClick={() => (replaceWith(unsent.text), setFiles(unsent.files), setUnsent(null))}
            >
              {t.composer.toEditor}
            </button>
          </p>
        ) : null}
        {undo !== null ? (
          <button
            type="button"
            className="text-brand-700 hover:underline"
            onClick={() => (replaceWith(undo), setUndo(null))}
          >
            {t.composer.restore}
          </button>
        ) : null}
      </div>
      <ComposerFileList files={files} onRemove={(i) => setFiles((list) => list.filter((_, j) => j !== i))} />
      <div className="mt-1.5 flex items-center justify-between gap-2">
        {rules.attachments ? (
          <AttachPicker attachments={rules.attachments} onPick={(picked) => setFiles((list) => [...list, ...picked])} />
        ) : (
          <span />
        )}
        <Button type="button" onClick={submit} disabled={!canSend} aria-keyshortcuts="Control+Enter">
          {send.isPending ? t.composer.sending : t.composer.send}
        </Button>
      </div>
    </div>
  );
}
