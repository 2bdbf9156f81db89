import { describe, expect, it, vi } from "vitest";
import { ScheduleForm } from "@/components/follow-ups/schedule-form";
import { byLabel, click, errorOf, fieldRefusal, render, settle, stubApi, submit, type } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const ts = ru.followUps.schedule;
const OPTIONS = { url: /\/scheduled\/options$/, answer: { body: { allowed: true, refusal: null, messageTypes: [] } } };
const DRAFT = {
  method: "POST",
  url: /\/scheduled\/draft$/,
  answer: { body: { text: "Здравствуйте! Всё ли в порядке?", source: "template", findings: [] } },
};
const SCHEDULE = /\/api\/chats\/c1\/scheduled$/;

async function form(onDone = vi.fn()) {
  const root = await render(<ScheduleForm chatId="c1" onDone={onDone} />);
  await settle();
  const el = root.querySelector<HTMLFormElement>("[data-testid=schedule-form]")!;
  return {
    root,
    days: el.querySelector<HTMLInputElement>("input[type=number]")!,
    text: byLabel<HTMLTextAreaElement>(el, ts.text),
    submit: () => submit(el),
  };
}

describe("ScheduleForm", () => {
  it("prefills the drafter's text and blocks a day count outside the route's range with the field's message", async () => {
    const calls = stubApi([OPTIONS, DRAFT, { method: "POST", url: SCHEDULE, answer: { status: 201, body: {} } }]);
    const { days, text, submit } = await form();
    expect(text.value).toBe("Здравствуйте! Всё ли в порядке?");
    expect(days.getAttribute("aria-label")).toBe(ts.modeDays);
    await type(days, "181");
    await submit();
    expect(errorOf(days)).toBe(ts.daysRange);
    expect(calls.filter((c) => SCHEDULE.test(c.url))).toHaveLength(0);
  });

  it("shows the route's field refusal on the text and keeps what was typed", async () => {
    const onDone = vi.fn();
    const calls = stubApi([
      OPTIONS,
      DRAFT,
      { method: "POST", url: SCHEDULE, answer: fieldRefusal([{ path: "text", code: "too_big" }]) },
    ]);
    const { days, text, submit } = await form(onDone);
    await type(text, "Напишите, если что-то не так");
    await type(days, "2");
    await submit();
    expect(calls.find((c) => SCHEDULE.test(c.url))?.body).toEqual({ text: "Напишите, если что-то не так", inDays: 2 });
    expect(errorOf(text)).toBe(ru.errors.tooLong);
    expect(text.value).toBe("Напишите, если что-то не так");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("sends a typed time as an instant and puts the service's «too soon» refusal on it", async () => {
    const calls = stubApi([
      OPTIONS,
      DRAFT,
      {
        method: "POST",
        url: SCHEDULE,
        answer: { status: 422, body: { error: { code: "unprocessable", details: { reason: "send_at_past" } } } },
      },
    ]);
    const { root, submit } = await form();
    await click(root.querySelector<HTMLInputElement>("input[type=radio][value=at]")!);
    const time = byLabel(root, ts.modeAt, "input[type=datetime-local]");
    expect(time.disabled).toBe(false);
    await type(time, "2030-01-02T10:30");
    await submit();
    expect(calls.find((c) => SCHEDULE.test(c.url))?.body).toMatchObject({
      sendAt: new Date("2030-01-02T10:30").toISOString(),
    });
    expect(errorOf(time)).toBe(ts.sendAtPast);
  });
});
