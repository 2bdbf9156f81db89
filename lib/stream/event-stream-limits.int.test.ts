import { describe, expect, it } from "vitest";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";
import { openReadyEventStream, openTestStream } from "@/lib/test/event-stream-client";
import { updateChat } from "@/lib/inbox/update-chat";
import { stopStreamListener, subscribeToWorkspace } from "@/lib/stream/stream-hub";
import { MAX_BACKLOG } from "@/lib/stream/open-event-stream";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";
import { MAX_STREAMS_PER_MEMBER, takeStreamSlot } from "@/lib/stream/stream-slots";

// The live stream's limits: a client that stops reading gets one resync, streams and presence updates past their
// caps are refused with 429, and one stream's failure does not keep a change from the others.

const w = twoWorkspacesPerFile({ chats: [2, 1], close: stopStreamListener });

describe("GET /api/events: limits", () => {
  it("gives a client that stops reading one resync instead of an unbounded queue", async () => {
    const { reader, decoder } = await openReadyEventStream({ workspaceId: w.a.workspace.id, userId: w.a.owner.id });
    // Far more changes than a stream keeps for a client that reads nothing meanwhile.
    const burst = MAX_BACKLOG + 100;
    await w.db.prisma.$transaction((tx) =>
      recordStreamEvent(
        tx,
        Array.from({ length: burst }, (_, n) => ({
          workspaceId: w.a.workspace.id,
          type: "chat" as const,
          data: { n },
        })),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    let text = "";
    while (!text.includes("event: resync")) text += decoder.decode((await reader.read()).value);
    const changes = text.split("event: change").length - 1;
    expect(changes).toBeLessThan(burst);
    await reader.cancel();
  });

  it("refuses a member's streams past the cap with 429, serves the others, and frees a slot when a stream ends", async () => {
    const open = await Promise.all(
      Array.from({ length: MAX_STREAMS_PER_MEMBER }, () => openTestStream({ userId: w.a.operator.id })),
    );
    expect(open.map((s) => s.status)).toEqual(open.map(() => 200));
    const over = await openTestStream({ userId: w.a.operator.id });
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe("30");
    const colleague = await openTestStream({ userId: w.a.owner.id });
    expect(colleague.status).toBe(200);
    open[0]!.close();
    await open[0]!.settle(100);
    const again = await openTestStream({ userId: w.a.operator.id });
    expect(again.status).toBe(200);
    for (const s of [...open, colleague, again]) s.close();
  });

  it("caps a workspace's streams on an instance, whoever opens them", async () => {
    const releases = [
      await takeStreamSlot({ workspaceId: "ws-cap", userId: "u1", perWorkspace: 2 }),
      await takeStreamSlot({ workspaceId: "ws-cap", userId: "u2", perWorkspace: 2 }),
    ];
    await expect(takeStreamSlot({ workspaceId: "ws-cap", userId: "u3", perWorkspace: 2 })).rejects.toMatchObject({
      code: "rate_limited",
    });
    releases[0]!();
    releases[0]!(); // giving a slot back twice frees one
    const third = await takeStreamSlot({ workspaceId: "ws-cap", userId: "u3", perWorkspace: 2 });
    await expect(takeStreamSlot({ workspaceId: "ws-cap", userId: "u4", perWorkspace: 2 })).rejects.toThrow();
    third();
    releases[1]!();
  });

  it("refuses a member's presence updates past the limit with 429, and takes the others'", async () => {
    const { POST } = await import("@/app/api/presence/route");
    const { callRoute } = await import("@/lib/test/call-route");
    const { PRESENCE_PER_MEMBER } = await import("@/lib/stream/publish-presence");
    const statuses: number[] = [];
    for (let i = 0; i <= PRESENCE_PER_MEMBER.points; i++)
      statuses.push(
        (await callRoute(POST, { method: "POST", body: { chatId: null }, userId: w.b.operator.id })).status,
      );
    expect(statuses.filter((s) => s === 200)).toHaveLength(PRESENCE_PER_MEMBER.points);
    expect(statuses.at(-1)).toBe(429);
    expect((await callRoute(POST, { method: "POST", body: { chatId: null }, userId: w.b.owner.id })).status).toBe(200);
  });

  it("still delivers a change to the workspace's other streams when one stream's delivery throws", async () => {
    const unsubscribe = await subscribeToWorkspace(w.a.workspace.id, {
      onEvent: () => {
        throw new TypeError("Invalid state: Controller is already closed");
      },
      onPresence: () => {},
      onGap: () => {},
      onShutdown: () => {},
    });
    const healthy = await openTestStream({ userId: w.a.owner.id });
    await healthy.next(1, { events: ["ready"] });
    await updateChat({ workspaceId: w.a.workspace.id, chatId: w.a.chatIds[0]!, update: { snoozedUntil: null } });
    const [change] = await healthy.next(1, { events: ["change"] });
    expect(change!.data).toMatchObject({ type: "chat", chatId: w.a.chatIds[0] });
    unsubscribe();
    healthy.close();
  });
});
