"use client";

import { useState, type KeyboardEvent, type RefObject } from "react";
import { matchSnippets, snippetQueryAt, useSnippets, type Snippet } from "@/components/inbox/composer-snippets";
import type { ChatDetail } from "@/components/inbox/types";
import { fillSnippet } from "@/lib/inbox/snippet-variables";

/**
 * The "/" menu of saved replies while the composer's text is typed: what the caret's "/word" matches, which
 * item is active, the keys that move through it, and the pick that fills the buyer panel's values in.
 */
export function useSnippetPicker({
  chat,
  text,
  textarea,
  edit,
}: {
  chat: ChatDetail;
  text: string;
  textarea: RefObject<HTMLTextAreaElement | null>;
  edit: (next: string) => void;
}) {
  const [caret, setCaret] = useState(0);
  const [menuIndex, setMenuIndex] = useState(0);
  const [closed, setClosed] = useState(false);

  const slash = closed ? null : snippetQueryAt(text, caret);
  const snippets = useSnippets(slash !== null);
  const suggestions = slash && snippets.data ? matchSnippets(snippets.data, slash.query) : [];
  // The buyer panel's data: buyer name, order number, product.
  const values = { buyerName: chat.customerName, orderNumber: chat.orderId, product: chat.productTitle };

  const pick = (s: Snippet) => {
    if (!slash) return;
    const filled = fillSnippet({ text: s.text, values }).text;
    edit(text.slice(0, slash.start) + filled + text.slice(caret));
    const at = slash.start + filled.length;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(at, at));
  };

  /** Handles the key if the menu is open and it is one of the menu's; says whether it did. */
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (slash && suggestions.length > 0) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setMenuIndex((i) => (i + (e.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
        return true;
      }
      if ((e.key === "Enter" && !e.ctrlKey && !e.metaKey) || e.key === "Tab") {
        e.preventDefault();
        pick(suggestions[Math.min(menuIndex, suggestions.length - 1)]!);
        return true;
      }
    }
    if (slash && e.key === "Escape") {
      e.preventDefault();
      setClosed(true);
      return true;
    }
    return false;
  };

  return {
    slash,
    snippets,
    suggestions,
    values,
    active: Math.min(menuIndex, Math.max(0, suggestions.length - 1)),
    pick,
    onKeyDown,
    /** The text changed under the caret: the menu opens again from its first item. */
    typed: (at: number) => (setClosed(false), setCaret(at), setMenuIndex(0)),
    moved: (at: number) => setCaret(at),
  };
}
