import { describe, expect, it } from "vitest";
import { latinKey } from "@/components/inbox/use-shortcuts";

// Operators type in Russian: a shortcut is the key's place on the keyboard, whatever the layout gives.
describe("latinKey", () => {
  it("maps letter keys to their Latin letter (j on the key that gives «о» in the Russian layout)", () => {
    expect(latinKey({ code: "KeyJ", shiftKey: false })).toBe("j");
    expect(latinKey({ code: "KeyL", shiftKey: false })).toBe("l");
    expect(latinKey({ code: "KeyE", shiftKey: true })).toBe("E");
  });
  it("maps the slash key to / and, with Shift, ?", () => {
    expect(latinKey({ code: "Slash", shiftKey: false })).toBe("/");
    expect(latinKey({ code: "Slash", shiftKey: true })).toBe("?");
  });
  it("gives nothing for keys without a Latin meaning", () => {
    expect(latinKey({ code: "Digit1", shiftKey: false })).toBeNull();
    expect(latinKey({ code: "ArrowDown", shiftKey: false })).toBeNull();
    expect(latinKey({ code: "", shiftKey: false })).toBeNull();
  });
});
