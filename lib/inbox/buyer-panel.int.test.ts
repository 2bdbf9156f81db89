import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { callRoute } from "@/lib/test/call-route";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import * as buyer from "@/app/api/chats/[id]/buyer/route";
import * as notes from "@/app/api/chats/[id]/notes/route";
import * as notifications from "@/app/api/notifications/route";

// The buyer panel: the buyer's other conversations across the workspace's accounts, matched by the
// marketplace's buyer id only (never by name), stored by ingestion; notes that @mention members notify them.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

type Panel = {
  buyer: { buyerId: string | null; name: string | null };
  others: { id: string; account: unknown }[] | null;
  context: { links: { kind: string; url: string }[] };
};

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
});
afterAll(async () => {
  await db.cleanup();
});

describe("buyer matching", () => {
  it("stores the marketplace's buyer id from ingestion and lists the buyer's chats on every account, never by name alone", async () => {
    const second = await db.prisma.marketplaceAccount.create({
      data: { workspaceId: a.workspace.id, marketplace: "wildberries", name: "Alpha WB 2", credentialsEnc: "x" },
    });
    const chat = (
      externalId: string,
      buyerId: string | null,
      customerName: string,
      kind: "chat" | "review" = "chat",
    ) => ({ ...chatWithIdOnly({ externalId }), kind, customerName, buyerId });
    const account = { id: a.account.id, workspaceId: a.workspace.id, marketplace: "wildberries" as const };
    await upsertConversations({
      account,
      chats: [chat("c-1", "186132", "Алёна"), chat("c-2", "999", "Алёна"), chat("c-3", null, "Алёна")],
      messages: [],
    });
    await upsertConversations({
      account: { ...account, id: second.id },
      chats: [chat("c-4", "186132", "Алёна К."), chat("r-5", "186132", "Алёна", "review")],
      messages: [],
    });
    await upsertConversations({
      account: { id: b.account.id, workspaceId: b.workspace.id, marketplace: "wildberries" },
      chats: [chat("c-6", "186132", "Алёна")],
      messages: [],
    });
    const id = async (externalId: string) =>
      (await db.prisma.chat.findFirstOrThrow({ where: { externalId }, select: { id: true } })).id;

    const panel = (await callRoute(buyer.GET, { params: { id: await id("c-1") }, userId: a.operator.id }))
      .json as Panel;
    expect(panel.buyer).toMatchObject({ buyerId: "186132", name: "Алёна" });
    // Same buyer id on the other account (a chat and a review); not the same name with another id or none, not another workspace.
    expect(panel.others!.map((o) => o.id).sort()).toEqual([await id("c-4"), await id("r-5")].sort());
    expect(panel.others!.map((o) => o.account)).toEqual([{ text: "Alpha WB 2" }, { text: "Alpha WB 2" }]);
    expect(panel.context.links.map((l) => l.kind)).toContain("home");
    // Another conversation whose last message is a notice shows it in the reader's language.
    await db.prisma.chat.update({
      where: { id: await id("c-4") },
      data: { lastMessagePreview: "", lastMessageNotice: { code: "missed_call" } },
    });
    const english = (
      await callRoute(buyer.GET, {
        params: { id: await id("c-1") },
        userId: a.operator.id,
        headers: { cookie: "locale=en" },
      })
    ).json as { others: { id: string; lastMessagePreview: string }[] };
    const c4 = await id("c-4");
    expect(english.others.find((o) => o.id === c4)).toMatchObject({ lastMessagePreview: "Missed call" });
    expect(english.others.find((o) => o.id === c4)).not.toHaveProperty("lastMessageNotice");

    const nameless = (await callRoute(buyer.GET, { params: { id: await id("c-3") }, userId: a.operator.id }))
      .json as Panel;
    expect(nameless.others).toBeNull();
    expect((await callRoute(buyer.GET, { params: { id: await id("c-6") }, userId: a.operator.id })).status).toBe(404);
  });
});

describe("mentions", () => {
  it("notifies each member a note @mentions, not the author, nobody outside the workspace", async () => {
    const chatId = (
      await db.prisma.chat.findFirstOrThrow({ where: { workspaceId: a.workspace.id }, select: { id: true } })
    ).id;
    const res = await callRoute(notes.POST, {
      method: "POST",
      params: { id: chatId },
      body: { text: "@Alpha operator проверь возврат, @Beta operator и @alpha owner в курсе" },
      userId: a.owner.id,
    });
    expect(res.status).toBe(201);
    const sent = await db.prisma.notification.findMany({
      where: { kind: "mention" },
      select: { userId: true, workspaceId: true, chatId: true, params: true, body: true },
    });
    expect(sent).toEqual([
      {
        userId: a.operator.id,
        workspaceId: a.workspace.id,
        chatId,
        params: { author: "Alpha owner" },
        body: "@Alpha operator проверь возврат, @Beta operator и @alpha owner в курсе",
      },
    ]);
    await callRoute(notes.POST, {
      method: "POST",
      params: { id: chatId },
      body: { text: "без упоминаний" },
      userId: a.owner.id,
    });
    expect(await db.prisma.notification.count({ where: { kind: "mention" } })).toBe(1);
  });

  it("words the notification in the reader's language: a note written in Russian reads in English for an English member", async () => {
    const read = async (cookie?: string) =>
      (
        await callRoute(notifications.GET, { userId: a.operator.id, headers: cookie ? { cookie } : {} })
      ).json.items.find((n: { kind: string }) => n.kind === "mention");
    expect((await read())?.title).toBe("Alpha owner упомянул(а) вас в заметке");
    const english = await read("locale=en");
    expect(english?.title).toBe("Alpha owner mentioned you in a note");
    expect(english?.body).toBe("@Alpha operator проверь возврат, @Beta operator и @alpha owner в курсе");
    expect(english).not.toHaveProperty("params");
    // A notification stored worded in Russian, before notifications kept their values, reads in English too.
    await db.prisma.notification.create({
      data: {
        workspaceId: a.workspace.id,
        userId: a.operator.id,
        kind: "negative_review_escalation",
        title: "Нет ответа 24 ч: отзыв 2★, Ольга",
        body: "Покупатель написал больше 24 часов назад, ответа нет (Ozon). Откройте чат: http://x",
      },
    });
    const items = (await callRoute(notifications.GET, { userId: a.operator.id, headers: { cookie: "locale=en" } })).json
      .items as { title: string }[];
    expect(items.map((n) => n.title)).toContain("No reply for 24 hours to Ольга's 2★ review");
    expect(items.map((n) => n.title).join(" ")).not.toMatch(/[а-яё]{4,} [а-яё]/);
  });

  it("cuts a long note for the notification between characters, never inside an emoji", async () => {
    const chatId = (
      await db.prisma.chat.findFirstOrThrow({ where: { workspaceId: a.workspace.id }, select: { id: true } })
    ).id;
    const text = `@Alpha operator ${"я".repeat(283)}😀 и дальше`; // the emoji's two UTF-16 units sit at 299 and 300
    expect(
      (await callRoute(notes.POST, { method: "POST", params: { id: chatId }, body: { text }, userId: a.owner.id }))
        .status,
    ).toBe(201);
    const { body } = await db.prisma.notification.findFirstOrThrow({
      where: { kind: "mention" },
      orderBy: { createdAt: "desc" },
      select: { body: true },
    });
    expect(body).not.toContain("\uFFFD");
    expect(text.startsWith(body!)).toBe(true);
    expect(body!.endsWith("я")).toBe(true);
  });
});
