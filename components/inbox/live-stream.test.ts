import { describe, expect, it } from "vitest";
import { keysForChange } from "@/components/inbox/live-stream";

// Which cached queries a change from the live stream makes stale.
describe("keysForChange", () => {
  it("a new message refreshes its thread first, then the chat and the lists", () => {
    expect(keysForChange({ type: "message", chatId: "c1" })).toEqual({
      first: [["messages", "c1"]],
      then: [["chat", "c1"], ["chats"], ["chat-counts"]],
    });
  });

  it("a change to many chats at once refreshes every open chat", () => {
    expect(keysForChange({ type: "chat", chatId: null }).first).toContainEqual(["chat"]);
  });

  it("notes stay in their thread; notifications and accounts have their own queries", () => {
    expect(keysForChange({ type: "note", chatId: "c1" }).first).toContainEqual(["notes", "c1"]);
    expect(keysForChange({ type: "notification", chatId: null }).first).toEqual([["notifications"]]);
    expect(keysForChange({ type: "account", chatId: null }).first).toEqual([["accounts"]]);
  });

  it("an unknown kind of change refreshes nothing", () => {
    expect(keysForChange({ type: "something-new", chatId: "c1" })).toEqual({ first: [], then: [] });
  });
});

// A read made in this tab is already shown here (useMarkRead patches the caches): its echo on the
// stream would refetch the chat, its labels, the buyer panel, the lists, the counts and the labels.
describe("keysForChange and the tab's own actions", () => {
  const read = (origin: string) => ({ type: "chat", chatId: "c1", data: { origin } });

  it("the echo of this tab's own read refreshes nothing", () => {
    expect(keysForChange(read("tab-a"), "tab-a")).toEqual({ first: [], then: [] });
  });

  it("the same read made in another tab (the member's or a colleague's) refreshes the chat and the lists", () => {
    expect(keysForChange(read("tab-b"), "tab-a").first).toContainEqual(["chat", "c1"]);
    expect(keysForChange(read("tab-b"), "tab-a").then).toContainEqual(["chat-counts"]);
  });
});
