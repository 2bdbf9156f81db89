import { describe, expect, it, vi } from "vitest";
import { SnoozeCustomForm } from "@/components/inbox/snooze-custom-form";
import { byLabel, errorOf, fieldRefusal, render, stubApi, submit, type } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const CHAT = /\/api\/chats\/c1$/;
const ta = ru.inbox.actions;

async function form(onDone = vi.fn()) {
  const root = await render(<SnoozeCustomForm chatId="c1" control="" onDone={onDone} />);
  return { root, input: byLabel(root, ta.snoozeCustom), submit: () => submit(root.querySelector("form")!) };
}

describe("SnoozeCustomForm", () => {
  it("blocks an empty time with the field's message and sends nothing", async () => {
    const calls = stubApi([{ method: "PATCH", url: CHAT, answer: { body: {} } }]);
    const { input, submit } = await form();
    await submit();
    expect(errorOf(input)).toBe(ta.snoozeTimeInvalid);
    expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(0);
  });

  it("sends the typed local time as an instant and shows the route's field refusal on the time", async () => {
    const onDone = vi.fn();
    const calls = stubApi([
      { method: "PATCH", url: CHAT, answer: fieldRefusal([{ path: "snoozedUntil", code: "invalid_format" }]) },
    ]);
    const { input, submit } = await form(onDone);
    await type(input, "2030-01-02T10:30");
    await submit();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
      snoozedUntil: new Date("2030-01-02T10:30").toISOString(),
    });
    expect(errorOf(input)).toBe(ta.snoozeTimeInvalid);
    expect(input.value).toBe("2030-01-02T10:30");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("puts the route's «in the past» refusal on the time field", async () => {
    stubApi([
      {
        method: "PATCH",
        url: CHAT,
        answer: { status: 400, body: { error: { code: "bad_request", details: { reason: "snooze_past" } } } },
      },
    ]);
    const { input, submit } = await form();
    await type(input, "2030-01-02T10:30");
    await submit();
    expect(errorOf(input)).toBe(ta.snoozePast);
  });
});
