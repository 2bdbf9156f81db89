import { describe, expect, it } from "vitest";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";
import { openReadyEventStream, openTestStream, readFrames } from "@/lib/test/event-stream-client";
import { updateChat } from "@/lib/inbox/update-chat";
import { addChatNote } from "@/lib/inbox/add-chat-note";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { publishPresence } from "@/lib/stream/publish-presence";
import { pruneStreamEvents } from "@/lib/stream/prune-stream-events";
import { stopStreamListener } from "@/lib/stream/stream-hub";
import { openEventStream } from "@/lib/stream/open-event-stream";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";

// The live stream end to end below HTTP: changes committed by the services arrive in id order, only in
// their own workspace, are replayed after a reconnect, and a client away too long is told to resync.

const w = twoWorkspacesPerFile({ chats: [2, 1], close: stopStreamListener });

const buyerMessage = (chatExternalId: string, n: number) => ({
  externalId: `live-${chatExternalId}-${n}`,
  chatExternalId,
  author: "buyer" as const,
  text: `Где мой заказ? ${n}`,
  createdAt: new Date().toISOString(),
  attachments: [],
  isRead: false,
});

async function storeBuyerMessage(n: number) {
  const chat = await w.db.prisma.chat.findUniqueOrThrow({ where: { id: w.a.chatIds[0]! } });
  await upsertConversations({
    account: { id: w.a.account.id, workspaceId: w.a.workspace.id, marketplace: "wildberries" },
    chats: [],
    messages: [buyerMessage(chat.externalId, n)],
  });
}

describe("GET /api/events", () => {
  it("answers 401 without a session", async () => {
    const { GET } = await import("@/app/api/events/route");
    const { callRoute } = await import("@/lib/test/call-route");
    expect((await callRoute(GET)).status).toBe(401);
  });

  it("delivers the workspace's changes in id order, and none of another workspace", async () => {
    const alpha = await openTestStream({ userId: w.a.operator.id });
    const beta = await openTestStream({ userId: w.b.operator.id });
    expect(alpha.headers.get("content-type")).toContain("text/event-stream");
    await alpha.next(1, { events: ["ready"] });
    await beta.next(1, { events: ["ready"] });

    await updateChat({ workspaceId: w.a.workspace.id, chatId: w.a.chatIds[1]!, update: { assigneeId: w.a.owner.id } });
    await addChatNote({
      workspaceId: w.a.workspace.id,
      chatId: w.a.chatIds[1]!,
      authorId: w.a.owner.id,
      text: "Я отвечу",
    });
    await storeBuyerMessage(1);
    // Beta's own change, so its stream is known to be live.
    await updateChat({ workspaceId: w.b.workspace.id, chatId: w.b.chatIds[0]!, update: { status: "RESOLVED" } });

    const got = await alpha.next(3, { events: ["change"] });
    expect(got.map((f) => [f.data.type, f.data.chatId])).toEqual([
      ["chat", w.a.chatIds[1]],
      ["note", w.a.chatIds[1]],
      ["message", w.a.chatIds[0]],
    ]);
    const ids = got.map((f) => BigInt(f.id!));
    expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
    const betaGot = await beta.next(1, { events: ["change"] });
    expect(betaGot[0]!.data).toEqual({ type: "chat", chatId: w.b.chatIds[0] });
    expect((await beta.settle()).filter((f) => f.event === "change")).toEqual([]);
    expect((await alpha.settle()).filter((f) => f.event === "change")).toEqual([]);
    alpha.close();
    beta.close();
  });

  it("replays everything after Last-Event-ID, then goes on live", async () => {
    const first = await openTestStream({ userId: w.a.owner.id });
    await first.next(1, { events: ["ready"] });
    await storeBuyerMessage(2);
    const [seen] = await first.next(1, { events: ["change"] });
    first.close();

    // While away: two changes.
    await updateChat({ workspaceId: w.a.workspace.id, chatId: w.a.chatIds[0]!, update: { status: "RESOLVED" } });
    await storeBuyerMessage(3);

    const again = await openTestStream({ userId: w.a.owner.id, lastEventId: seen!.id });
    const replayed = await again.next(2, { events: ["change", "resync"] });
    expect(replayed.map((f) => f.data.type)).toEqual(["chat", "message"]);
    await addChatNote({
      workspaceId: w.a.workspace.id,
      chatId: w.a.chatIds[0]!,
      authorId: w.a.owner.id,
      text: "После переподключения",
    });
    const [live] = await again.next(1, { events: ["change"] });
    expect(live!.data.type).toBe("note");
    expect(BigInt(live!.id!)).toBeGreaterThan(BigInt(replayed[1]!.id!));
    again.close();
  });

  it("tells a client away longer than the retained window to resync", async () => {
    const first = await openTestStream({ userId: w.a.owner.id });
    await first.next(1, { events: ["ready"] });
    await storeBuyerMessage(4);
    const [seen] = await first.next(1, { events: ["change"] });
    first.close();
    await storeBuyerMessage(5);
    await storeBuyerMessage(6);
    // Everything older than now is pruned: the two changes the client missed are gone.
    const pruned = await pruneStreamEvents({ olderThan: new Date(Date.now() + 1_000) });
    expect(pruned).toBeGreaterThanOrEqual(3);

    const again = await openTestStream({ userId: w.a.owner.id, lastEventId: seen!.id });
    const [frame] = await again.next(1, { events: ["change", "resync"] });
    expect(frame!.event).toBe("resync");
    await storeBuyerMessage(7);
    const [live] = await again.next(1, { events: ["change"] });
    expect(BigInt(live!.id!)).toBeGreaterThan(BigInt(frame!.id!));
    again.close();
  });

  it("shows who else is viewing and typing, to the workspace only", async () => {
    const owner = await openTestStream({ userId: w.a.owner.id });
    const outsider = await openTestStream({ userId: w.b.owner.id });
    await owner.next(1, { events: ["ready"] });
    await outsider.next(1, { events: ["ready"] });
    await publishPresence({
      workspaceId: w.a.workspace.id,
      userId: w.a.operator.id,
      name: "Оператор",
      chatId: w.a.chatIds[0]!,
      typing: true,
    });
    const [p] = await owner.next(1, { events: ["presence"] });
    expect(p!.data).toMatchObject({ userId: w.a.operator.id, name: "Оператор", chatId: w.a.chatIds[0], typing: true });
    // A stream opened later starts with who is there now; one's own presence is not echoed.
    const late = await openTestStream({ userId: w.a.owner.id });
    const [snapshot] = await late.next(1, { events: ["presence"] });
    expect(snapshot!.data.userId).toBe(w.a.operator.id);
    const self = await openTestStream({ userId: w.a.operator.id });
    await self.next(1, { events: ["ready"] });
    expect((await self.settle()).filter((f) => f.event === "presence")).toEqual([]);
    expect((await outsider.settle()).filter((f) => f.event === "presence")).toEqual([]);
    for (const s of [owner, outsider, late, self]) s.close();
  });

  it("renews the presence a tab announced while that tab's stream is open, so the tab sends no beats", async () => {
    const owner = await openTestStream({ userId: w.a.owner.id });
    await owner.next(1, { events: ["ready"] });
    const tab = "tab0renew0001";
    const openOperator = () => {
      const abort = new AbortController();
      const body = openEventStream({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        lastEventId: null,
        signal: abort.signal,
        sessionValid: async () => true,
        tab,
        name: "Оператор",
        presenceRenewMs: 100,
      });
      return readFrames(body, () => abort.abort());
    };
    const operator = openOperator();
    expect((await operator.next(1, { events: ["ready"] }))[0]!.data).toEqual({ viewing: null });
    await publishPresence({
      workspaceId: w.a.workspace.id,
      userId: w.a.operator.id,
      name: "Оператор",
      chatId: w.a.chatIds[1]!,
      typing: false,
      tab,
    });
    // The announcement (after the snapshot of an earlier test's presence), then renewals the tab never sent.
    for (let announced = false; !announced;)
      announced = (await owner.next(1, { events: ["presence"] }))[0]!.data.chatId === w.a.chatIds[1];
    const renewed = await owner.next(2, { events: ["presence"] });
    expect(renewed.map((f) => [f.data.userId, f.data.chatId])).toEqual(
      Array(2).fill([w.a.operator.id, w.a.chatIds[1]]),
    );
    // A stream the same tab opens again knows its chat.
    const again = openOperator();
    expect((await again.next(1, { events: ["ready"] }))[0]!.data).toEqual({ viewing: w.a.chatIds[1] });
    again.close();
    // The tab's streams closed, then it left the chat: nothing renews its presence any more.
    operator.close();
    await publishPresence({
      workspaceId: w.a.workspace.id,
      userId: w.a.operator.id,
      name: "Оператор",
      chatId: null,
      typing: false,
      tab,
    });
    for (let left = false; !left;) left = (await owner.next(1, { events: ["presence"] }))[0]!.data.chatId === null;
    expect((await owner.settle(500)).filter((f) => f.event === "presence")).toEqual([]);
    owner.close();
  });

  it("refuses presence in another workspace's chat like a missing one, and announces nothing", async () => {
    const { POST } = await import("@/app/api/presence/route");
    const { callRoute } = await import("@/lib/test/call-route");
    const insider = await openTestStream({ userId: w.b.owner.id });
    await insider.next(1, { events: ["ready"] });
    const foreign = await callRoute(POST, {
      method: "POST",
      body: { chatId: w.b.chatIds[0]!, typing: true },
      userId: w.a.owner.id,
    });
    const missing = await callRoute(POST, {
      method: "POST",
      body: { chatId: "no-such-chat", typing: true },
      userId: w.a.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
    expect(
      (
        await callRoute(POST, {
          method: "POST",
          body: { chatId: w.a.chatIds[0]!, typing: false },
          userId: w.a.owner.id,
        })
      ).status,
    ).toBe(200);
    expect((await insider.settle()).filter((f) => f.event === "presence")).toEqual([]);
    insider.close();
  });

  it("ends when the member's session stops being valid", async () => {
    let valid = true;
    const body = openEventStream({
      workspaceId: w.a.workspace.id,
      userId: w.a.owner.id,
      lastEventId: null,
      signal: new AbortController().signal,
      sessionValid: async () => valid,
      sessionCheckMs: 50,
    });
    const reader = body.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("retry:");
    valid = false;
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
    }
  });

  it("sends the changes committed together as one chunk: one write per stream, not one per change", async () => {
    const { reader, decoder } = await openReadyEventStream({ workspaceId: w.a.workspace.id, userId: w.a.owner.id });
    await w.db.prisma.$transaction((tx) =>
      recordStreamEvent(
        tx,
        Array.from({ length: 5 }, (_, n) => ({ workspaceId: w.a.workspace.id, type: "chat" as const, data: { n } })),
      ),
    );
    const chunk = decoder.decode((await reader.read()).value);
    expect(chunk.split("event: change").length - 1).toBe(5);
    await reader.cancel();
  });
});
