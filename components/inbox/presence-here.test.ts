import { describe, expect, it } from "vitest";
import { here } from "@/components/inbox/presence-indicator";
import type { PresenceEntry } from "@/components/inbox/live-stream";

const entry = (userId: string, chatId: string, typing = false): PresenceEntry => ({
  userId,
  name: userId,
  chatId,
  typing,
  expiresAt: Date.now() + 60_000,
});

describe("who is in a chat", () => {
  it("names a member once however many of their tabs show the chat, typing when any tab types", () => {
    const all = [entry("olga", "c1"), entry("olga", "c1", true), entry("oleg", "c1"), entry("olga", "c2")];
    expect(here(all, "c1").map((p) => [p.userId, p.typing])).toEqual([
      ["olga", true],
      ["oleg", false],
    ]);
    expect(here(all, "c2").map((p) => p.userId)).toEqual(["olga"]);
  });
});
