import { describe, expect, it, vi } from "vitest";
import { NoteForm } from "@/components/inbox/note-form";
import { byLabel, errorOf, fieldRefusal, render, stubApi, submit, type } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const NOTES = /\/api\/chats\/c1\/notes$/;

describe("NoteForm", () => {
  it("blocks a note over the route's limit with the field's message and sends nothing", async () => {
    const calls = stubApi([{ method: "POST", url: NOTES, answer: { status: 201, body: {} } }]);
    const root = await render(<NoteForm chatId="c1" onDone={vi.fn()} />);
    const text = byLabel<HTMLTextAreaElement>(root, ru.inbox.note.label);
    await type(text, "x".repeat(5_001));
    await submit(root.querySelector("form")!);
    expect(errorOf(text)).toBe(ru.errors.tooLong);
    expect(text.getAttribute("aria-invalid")).toBe("true");
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });

  it("shows the route's field refusal on the note and keeps what was typed", async () => {
    const onDone = vi.fn();
    const calls = stubApi([{ method: "POST", url: NOTES, answer: fieldRefusal([{ path: "text", code: "too_big" }]) }]);
    const root = await render(<NoteForm chatId="c1" onDone={onDone} />);
    const text = byLabel<HTMLTextAreaElement>(root, ru.inbox.note.label);
    await type(text, "Проверить возврат");
    await submit(root.querySelector("form")!);
    expect(calls.find((c) => c.method === "POST")?.body).toEqual({ text: "Проверить возврат" });
    expect(errorOf(text)).toBe(ru.errors.tooLong);
    expect(text.value).toBe("Проверить возврат");
    expect(onDone).not.toHaveBeenCalled();
  });
});
