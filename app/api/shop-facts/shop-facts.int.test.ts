import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as route from "@/app/api/shop-facts/route";
import { prisma } from "@/lib/db";
import { generateDraft } from "@/lib/inbox/generate-draft";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Альфа", chats: 1 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
});
afterAll(() => db?.cleanup());

const put = (body: unknown, as: { id: string } = a.owner, ws = a) =>
  callRoute(route.PUT, { method: "PUT", body, userId: as.id, workspaceId: ws.workspace.id });
const get = (as: { id: string }, ws = a) => callRoute(route.GET, { userId: as.id, workspaceId: ws.workspace.id });

describe("/api/shop-facts", () => {
  it("lets the owner save facts, cleaned, and every member read them; operators cannot write", async () => {
    const saved = await put({ delivery: "  Отправка\u0007 за 1 день,\r\nпо Москве 2–3 дня  ", returns: "14 дней" });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({
      delivery: "Отправка за 1 день,\nпо Москве 2–3 дня",
      sizes: "",
      returns: "14 дней",
      other: "",
    });
    expect((await get(a.operator)).json).toMatchObject({ delivery: "Отправка за 1 день,\nпо Москве 2–3 дня" });
    expect((await put({ delivery: "оператор" }, a.operator)).status).toBe(403);
    // Another workspace sees its own (empty) facts.
    expect((await get(b.owner, b)).json).toEqual({ delivery: "", sizes: "", returns: "", other: "" });
  });

  it("refuses hostile or oversized input with a reason and keeps what was saved", async () => {
    const leaky = await put({ delivery: "Звоните +7 916 123-45-67" });
    expect(leaky.status).toBe(422);
    expect(JSON.stringify(leaky.json)).toContain("phone");
    expect((await put({ delivery: "х".repeat(1001) })).status).toBe(400);
    expect((await put({ delivery: "a\u0000b" })).status).toBe(400);
    expect((await put({ delivery: "\ud800" })).status).toBe(400);
    expect((await put({ unknown: "x" })).status).toBe(400);
    expect((await prisma().shopFacts.findUnique({ where: { workspaceId: a.workspace.id } }))?.delivery).toBe(
      "Отправка за 1 день,\nпо Москве 2–3 дня",
    );
  });

  it("puts the delivery terms into an offline draft for a delivery question", async () => {
    const chatId = a.chatIds[0]!;
    await prisma().message.create({ data: { chatId, author: "BUYER", text: "Сколько дней идёт доставка в Москву?" } });
    for await (const _ of await generateDraft({ workspaceId: a.workspace.id, chatId, config: { apiKey: undefined } })) {
      // drain
    }
    const draft = await prisma().aiDraft.findFirstOrThrow({ where: { chatId }, orderBy: { createdAt: "desc" } });
    expect(draft.text).toContain("Отправка за 1 день, по Москве 2–3 дня.");
  });
});
