import { describe, expect, it, vi } from "vitest";
import { ScheduledItem } from "@/components/follow-ups/scheduled-item";
import { useScheduledActions } from "@/components/follow-ups/use-scheduled-actions";
import { byLabel, click, errorOf, fieldRefusal, render, stubApi, submit, type } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const ITEM = /\/api\/scheduled\/s1$/;
const ts = ru.followUps.schedule;
const item = {
  id: "s1",
  text: "Всё ли в порядке с заказом?",
  sendAt: "2030-01-02T10:30:00.000Z",
  status: "SCHEDULED" as const,
  source: "MANUAL" as const,
  ruleKind: null,
  amazonMessageType: null,
  cancelReason: null,
  error: null,
  errorVerbatim: false,
  createdBy: null,
  sentMessage: null,
};

// The item as the thread and the list page wire it: the edit saved through the shared actions.
function Wired() {
  const { save, cancel, errorFor } = useScheduledActions();
  return (
    <ScheduledItem
      item={item}
      busy={false}
      error={errorFor(item.id)}
      onSave={(u) => save.mutateAsync({ id: item.id, ...u })}
      onCancel={vi.fn()}
    />
  );
}

async function editing() {
  const root = await render(<Wired />);
  await click([...root.querySelectorAll("button")].find((b) => b.textContent === ru.followUps.list.edit)!);
  return {
    root,
    text: byLabel<HTMLTextAreaElement>(root, ts.text),
    time: byLabel(root, ts.modeAt),
    submit: () => submit(root.querySelector("form")!),
  };
}

describe("the scheduled-item edit form", () => {
  it("blocks a cleared time with the field's message and sends nothing", async () => {
    const calls = stubApi([{ method: "PATCH", url: ITEM, answer: { body: item } }]);
    const { time, submit } = await editing();
    await type(time, "");
    await submit();
    expect(errorOf(time)).toBe(ts.timeInvalid);
    expect(calls.filter((c) => c.method === "PATCH")).toHaveLength(0);
  });

  it("shows the route's field refusal on the text and keeps the form open with what was typed", async () => {
    const calls = stubApi([{ method: "PATCH", url: ITEM, answer: fieldRefusal([{ path: "text", code: "too_big" }]) }]);
    const { root, text, time, submit } = await editing();
    await type(text, "Новый текст");
    await type(time, "2030-01-03T09:00");
    await submit();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({
      text: "Новый текст",
      sendAt: new Date("2030-01-03T09:00").toISOString(),
    });
    expect(errorOf(text)).toBe(ru.errors.tooLong);
    expect(byLabel<HTMLTextAreaElement>(root, ts.text).value).toBe("Новый текст");
  });

  it("puts the service's «too soon» refusal on the time field", async () => {
    stubApi([
      {
        method: "PATCH",
        url: ITEM,
        answer: { status: 422, body: { error: { code: "unprocessable", details: { reason: "send_at_past" } } } },
      },
    ]);
    const { time, submit } = await editing();
    await submit();
    expect(errorOf(time)).toBe(ts.sendAtPast);
  });
});
