import { describe, expect, it } from "vitest";
import { ReminderOffsetsForm } from "@/components/negative-reviews/reminder-offsets-form";
import { byLabel, errorOf, fieldRefusal, render, settle, stubApi, submit, type } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const SETTINGS = /\/api\/negative-reviews\/settings$/;
const r = ru.negative.report;

async function form() {
  const root = await render(<ReminderOffsetsForm />);
  await settle();
  return { input: byLabel(root, r.settings), submit: () => submit(root.querySelector("form")!) };
}

describe("ReminderOffsetsForm", () => {
  it("blocks an hour outside the deadline's window with the field's message and sends nothing", async () => {
    const calls = stubApi([{ url: SETTINGS, answer: { body: { reminderOffsetsHours: [48, 24] } } }]);
    const { input, submit } = await form();
    expect(input.value).toBe("48, 24");
    await type(input, "48, 72");
    await submit();
    expect(errorOf(input)).toContain(r.settingsInvalid);
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(0);
  });

  it("sends the typed hours and shows the route's refusal of one of them on the field, keeping the text", async () => {
    const calls = stubApi([
      { url: SETTINGS, answer: { body: { reminderOffsetsHours: [48, 24] } } },
      { method: "PUT", url: SETTINGS, answer: fieldRefusal([{ path: "reminderOffsetsHours.1", code: "too_big" }]) },
    ]);
    const { input, submit } = await form();
    await type(input, "48; 12 6");
    await submit();
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({ reminderOffsetsHours: [48, 12, 6] });
    expect(errorOf(input)).toContain(r.settingsInvalid);
    expect(input.value).toBe("48; 12 6");
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("says «saved» once the route has the hours, and no longer once they are edited again", async () => {
    stubApi([
      { url: SETTINGS, answer: { body: { reminderOffsetsHours: [48, 24] } } },
      { method: "PUT", url: SETTINGS, answer: { body: { reminderOffsetsHours: [48, 24, 6] } } },
    ]);
    const { input, submit } = await form();
    await type(input, "48, 24, 6");
    await submit();
    const status = () => document.querySelector("[role=status]")?.textContent ?? null;
    expect(status()).toBe(r.saved);
    await type(input, "48");
    expect(status()).toBeNull();
  });
});
