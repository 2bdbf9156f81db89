import { describe, expect, it } from "vitest";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";
import { openTestStream } from "@/lib/test/event-stream-client";
import { until } from "@/lib/test/until";
import { publishPresence } from "@/lib/stream/publish-presence";
import { currentPresence, stopStreamListener } from "@/lib/stream/stream-hub";

// A member's tabs are present apart: two tabs on two chats show in both, and one tab leaving its chat
// does not take the member out of the other. Other members tell the tabs apart by a key, never by the
// tab's own id (which names the tab's actions, lib/http/request-tab.ts).

const w = twoWorkspacesPerFile({ chats: [2, 1], close: stopStreamListener });
const TAB_A = "tab-aaaaaaaa-0001";
const TAB_B = "tab-bbbbbbbb-0002";

describe("presence per tab", () => {
  it("shows a member in both chats their two tabs show, and keeps the other tab when one leaves", async () => {
    const announce = (tab: string, chatId: string | null) =>
      publishPresence({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        name: "Оператор",
        chatId,
        typing: false,
        tab,
      });
    await announce(TAB_A, w.a.chatIds[0]!);
    await announce(TAB_B, w.a.chatIds[1]!);
    const operatorChats = () =>
      currentPresence(w.a.workspace.id)
        .filter((p) => p.userId === w.a.operator.id && p.chatId)
        .map((p) => p.chatId)
        .sort();
    // On PostgreSQL the instance hears its own NOTIFY a moment after it is sent.
    const both = [w.a.chatIds[0]!, w.a.chatIds[1]!].sort();
    await until(async () => JSON.stringify(operatorChats()) === JSON.stringify(both));

    const owner = await openTestStream({ userId: w.a.owner.id });
    const snapshot = await owner.next(2, { events: ["presence"] });
    const keys = snapshot.map((f) => f.data.tabKey as string);
    expect(new Set(keys).size).toBe(2);
    expect(JSON.stringify(snapshot)).not.toContain(TAB_A);
    expect(JSON.stringify(snapshot)).not.toContain(TAB_B);

    await announce(TAB_A, null);
    const [left] = await owner.next(1, { events: ["presence"] });
    expect(left!.data).toMatchObject({
      chatId: null,
      tabKey: keys[snapshot.findIndex((f) => f.data.chatId === w.a.chatIds[0])],
    });
    expect(operatorChats()).toEqual([w.a.chatIds[1]]);
    owner.close();
  });
});
