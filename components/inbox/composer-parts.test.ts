import { beforeEach, describe, expect, it } from "vitest";
import { segmentsFor } from "@/components/inbox/composer-highlight";
import { matchSnippets, snippetQueryAt } from "@/components/inbox/composer-snippets";
import {
  clearComposerDraft,
  forgetRequestId,
  loadComposerDraft,
  saveComposerDraft,
} from "@/components/inbox/composer-storage";
import { fileIssuesOf, fileIssueText } from "@/components/inbox/composer-text";
import { formatMessage } from "@/lib/i18n/format";
import { en, ru } from "@/lib/i18n/dictionaries";
import type { Finding } from "@/lib/ai/types";

const finding = (severity: Finding["severity"], start: number, end: number): Finding => ({
  kind: "phone",
  severity,
  start,
  end,
  match: "",
  message: "",
});

describe("segmentsFor", () => {
  it("marks each run with the most severe finding over it, covering the whole text", () => {
    const text = "abcdefghij";
    const segments = segmentsFor(text, [finding("flag", 2, 6), finding("block", 4, 8)]);
    expect(segments).toEqual([
      { text: "ab", severity: null },
      { text: "cd", severity: "flag" },
      { text: "efgh", severity: "block" },
      { text: "ij", severity: null },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segmentsFor("", [])).toEqual([{ text: "", severity: null }]);
  });
});

describe("snippet suggestions", () => {
  it("finds the /word at the caret, not a slash inside a word or a date", () => {
    expect(snippetQueryAt("/дост", 5)).toEqual({ query: "дост", start: 0 });
    expect(snippetQueryAt("Добрый день! /Возв", 18)).toEqual({ query: "возв", start: 13 });
    expect(snippetQueryAt("Добрый день! /", 14)).toEqual({ query: "", start: 13 });
    expect(snippetQueryAt("размер 42/44", 12)).toBeNull();
    expect(snippetQueryAt("/возврат уже готов", 18)).toBeNull();
  });

  it("matches shortcuts by prefix and titles by substring", () => {
    const snippets = [
      { id: "1", shortcut: "delivery", title: "Сроки доставки", text: "…" },
      { id: "2", shortcut: "return", title: "Как оформить возврат", text: "…" },
    ];
    expect(matchSnippets(snippets, "del").map((s) => s.id)).toEqual(["1"]);
    expect(matchSnippets(snippets, "возврат").map((s) => s.id)).toEqual(["2"]);
    expect(matchSnippets(snippets, "")).toHaveLength(2);
  });
});

describe("composer drafts in localStorage", () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    (globalThis as { window?: unknown }).window = {
      localStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
        removeItem: (k: string) => store.delete(k),
      },
    };
  });

  it("keeps one draft per chat and clears it after a send of the same text only", () => {
    saveComposerDraft("a", { text: "Привет", clientRequestId: "r1" });
    saveComposerDraft("b", { text: "Другой чат" });
    expect(loadComposerDraft("a")).toEqual({ text: "Привет", clientRequestId: "r1" });
    clearComposerDraft("b", "Что-то другое");
    expect(loadComposerDraft("b")).toEqual({ text: "Другой чат" });
    clearComposerDraft("a", " Привет ");
    expect(loadComposerDraft("a")).toBeNull();
  });

  it("forgets a settled request id but keeps the text", () => {
    saveComposerDraft("a", { text: "Текст", clientRequestId: "r1" });
    forgetRequestId("a", "other");
    expect(loadComposerDraft("a")?.clientRequestId).toBe("r1");
    forgetRequestId("a", "r1");
    expect(loadComposerDraft("a")).toEqual({ text: "Текст" });
  });
});

describe("composer wording", () => {
  it("words a refused send's file issues from their codes in the page's language", () => {
    // As the route answers (lib/inbox/check-reply.ts): codes with values, no sentence in either language.
    const details = {
      reason: "files",
      issues: [
        { code: "type", fileName: "photos.zip", mimeType: "application/zip", allowed: ["image/png"] },
        { bogus: true },
      ],
    };
    expect(fileIssuesOf(details).map((issue) => fileIssueText(en, issue, "en"))).toEqual([
      "“photos.zip”: the marketplace does not accept this file type (allowed: image/png)",
    ]);
    expect(fileIssuesOf({ reason: "guardrails" })).toEqual([]);
  });

  it("fills placeholders and words file issues per locale", () => {
    expect(formatMessage("ru", ru.composer.counter, { n: 5, limit: 1000 })).toBe("Символов: 5 из 1000");
    expect(formatMessage("ru", ru.composer.overLimit, { n: 3 })).toBe("Длиннее лимита площадки на 3 символа");
    expect(formatMessage("ru", ru.composer.overLimit, { n: 11 })).toBe("Длиннее лимита площадки на 11 символов");
    expect(formatMessage("en", en.composer.overLimit, { n: 1 })).toBe("1 character over the marketplace's limit");
    expect(fileIssueText(ru, { code: "size", fileName: "a.pdf", limitBytes: 1.5 * 1024 * 1024 }, "ru")).toBe(
      "«a.pdf» больше 1,5 МБ",
    );
    expect(fileIssueText(ru, { code: "size", fileName: "a.pdf", limitBytes: 5 * 1024 * 1024 }, "ru")).toBe(
      "«a.pdf» больше 5 МБ",
    );
    expect(fileIssueText(en, { code: "too_many", limit: 5 }, "en")).toBe("At most 5 files per message");
    expect(fileIssueText(en, { code: "too_many", limit: 1 }, "en")).toBe("At most 1 file per message");
    expect(fileIssueText(ru, { code: "too_many", limit: 1 }, "ru")).toBe("Не больше 1 файла в сообщении");
    expect(fileIssueText(ru, { code: "too_many", limit: 21 }, "ru")).toBe("Не больше 21 файла в сообщении");
    expect(fileIssueText(ru, { code: "too_many", limit: 10 }, "ru")).toBe("Не больше 10 файлов в сообщении");
  });
});
