import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import * as labels from "@/app/api/labels/route";
import * as label from "@/app/api/labels/[id]/route";
import * as chatLabels from "@/app/api/chats/[id]/labels/route";
import * as chats from "@/app/api/chats/route";

// Workspace labels: owners manage them, everyone puts them on chats; the list filters by label and
// shows each row's labels; the filter pane counts open chats per label.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

type Label = { id: string; name: string; color: string; openChats?: number };
type Page = { chats: { id: string; labels: Label[] }[] };

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Labels", chats: 4 });
  b = await createWorkspaceFixture({ name: "Other", chats: 1 });
});
afterAll(async () => {
  await db.cleanup();
});

describe("labels", () => {
  it("are created, renamed and removed by owners only, with unique names per workspace", async () => {
    expect(
      (await callRoute(labels.POST, { method: "POST", body: { name: "VIP", color: "amber" }, userId: a.operator.id }))
        .status,
    ).toBe(403);
    const created = await callRoute(labels.POST, {
      method: "POST",
      body: { name: " VIP ", color: "amber" },
      userId: a.owner.id,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "VIP", color: "amber" });
    const taken = await callRoute(labels.POST, {
      method: "POST",
      body: { name: "VIP", color: "red" },
      userId: a.owner.id,
    });
    expect(taken.status).toBe(409);
    expect(
      (await callRoute(labels.POST, { method: "POST", body: { name: "VIP", color: "red" }, userId: b.owner.id }))
        .status,
    ).toBe(201);
    expect(
      (await callRoute(labels.POST, { method: "POST", body: { name: "x", color: "#fff" }, userId: a.owner.id })).status,
    ).toBe(400);
    const id = (created.json as Label).id;
    const renamed = await callRoute(label.PUT, {
      method: "PUT",
      params: { id },
      body: { name: "Постоянный", color: "green" },
      userId: a.owner.id,
    });
    expect(renamed.json).toMatchObject({ id, name: "Постоянный", color: "green" });
    expect((await callRoute(label.DELETE, { method: "DELETE", params: { id }, userId: b.owner.id })).status).toBe(404);
    expect((await callRoute(label.DELETE, { method: "DELETE", params: { id }, userId: a.owner.id })).status).toBe(204);
    expect(((await callRoute(labels.GET, { userId: a.operator.id })).json as { labels: Label[] }).labels).toEqual([]);
  });

  it("refuse names that break a line, reverse the text direction or show nothing, and colours that are not ours", async () => {
    const create = (body: object) => callRoute(labels.POST, { method: "POST", body, userId: b.owner.id });
    for (const name of ["VIP\nвозврат", "\u202EКИВ", "a\u2066b", "\u200b\u200b", "\t"])
      expect((await create({ name, color: "red" })).status, JSON.stringify(name)).toBe(400);
    for (const color of ["#fff", "red; background: url(https://evil.example)", "constructor", "__proto__"])
      expect((await create({ name: "Цвет", color })).status, color).toBe(400);
    // An emoji sequence joined by ZWJ is one visible character, and welcome.
    expect((await create({ name: "Семья 👨‍👩‍👧", color: "pink" })).status).toBe(201);
  });

  it("go on and off a chat, filter the list, show in its rows and count open chats", async () => {
    const refund = (
      await callRoute(labels.POST, { method: "POST", body: { name: "Возврат", color: "red" }, userId: a.owner.id })
    ).json as Label;
    const put = (chatId: string, on: boolean) =>
      callRoute(chatLabels.PATCH, {
        method: "PATCH",
        params: { id: chatId },
        body: { labelId: refund.id, on },
        userId: a.operator.id,
      });
    expect(((await put(a.chatIds[0]!, true)).json as { labels: Label[] }).labels.map((l) => l.name)).toEqual([
      "Возврат",
    ]);
    await put(a.chatIds[0]!, true);
    await put(a.chatIds[1]!, true);
    await put(a.chatIds[2]!, true);
    expect(((await put(a.chatIds[2]!, false)).json as { labels: Label[] }).labels).toEqual([]);
    await db.prisma.chat.update({ where: { id: a.chatIds[1]! }, data: { status: "RESOLVED" } });

    const page = (
      await callRoute(chats.GET, {
        url: `http://localhost/api/chats?view=all&label=${refund.id}`,
        userId: a.operator.id,
      })
    ).json as Page;
    expect(page.chats.map((c) => c.id).sort()).toEqual([a.chatIds[0], a.chatIds[1]].sort());
    expect(page.chats[0]!.labels).toEqual([{ id: refund.id, name: "Возврат", color: "red" }]);
    const unfiltered = (
      await callRoute(chats.GET, { url: "http://localhost/api/chats?view=all", userId: a.operator.id })
    ).json as Page;
    expect(unfiltered.chats.find((c) => c.id === a.chatIds[3])?.labels).toEqual([]);

    const listed = ((await callRoute(labels.GET, { userId: a.operator.id })).json as { labels: Label[] }).labels;
    expect(listed).toEqual([{ id: refund.id, name: "Возврат", color: "red", openChats: 1 }]);
  });

  it("refuse another workspace's chat or label like unknown ids", async () => {
    const own = ((await callRoute(labels.GET, { userId: a.owner.id })).json as { labels: Label[] }).labels[0]!;
    const foreignChat = await callRoute(chatLabels.PATCH, {
      method: "PATCH",
      params: { id: b.chatIds[0]! },
      body: { labelId: own.id, on: true },
      userId: a.operator.id,
    });
    expect(foreignChat.status).toBe(404);
    const foreignLabel = await callRoute(chatLabels.PATCH, {
      method: "PATCH",
      params: { id: b.chatIds[0]! },
      body: { labelId: own.id, on: true },
      userId: b.operator.id,
    });
    expect(foreignLabel.status).toBe(404);
    expect(await db.prisma.chatLabel.count({ where: { chatId: b.chatIds[0]! } })).toBe(0);
    const page = (
      await callRoute(chats.GET, { url: `http://localhost/api/chats?view=all&label=${own.id}`, userId: b.operator.id })
    ).json as Page;
    expect(page.chats).toEqual([]);
  });
});
