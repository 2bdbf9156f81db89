import { describe, expect, it } from "vitest";
import { databaseBeforeMigration } from "@/lib/test/migrations-before";

// Reviews imported before their pros and cons were kept apart hold them in the message text under Russian
// labels («\nДостоинства: …», «\nНедостатки: …»). Upgrading moves them into the columns, the text keeps the
// buyer's own words, and the review is still found by the words of its parts.

const MIGRATION = "20261207162251_review_parts";

const old = databaseBeforeMigration(MIGRATION);

// Written as sync-reviews wrote them: [text, «Достоинства: pros», «Недостатки: cons»], blanks left out.
const OLD = {
  all: "Сел по размеру\nДостоинства: Мягкий\nНедостатки: Линяет\nпосле стирки",
  prosOnly: "Хорошо\nДостоинства: Цена",
  consOnly: "Недостатки: Запах",
  partsOnly: "Достоинства: Цвет\nНедостатки: Мал",
  plain: "Просто отличный товар",
};

describe("the review parts migration", () => {
  it("moves the labelled pros and cons of old review messages into their columns", async () => {
    const db = old.db;
    const sql = (text: string, ...values: unknown[]) => db.prisma.$executeRawUnsafe(text, ...values);
    await sql(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('w1', 'Shop', now())`);
    await sql(
      `INSERT INTO "MarketplaceAccount" (id, "workspaceId", marketplace, name, "credentialsEnc", "updatedAt") VALUES ('a1', 'w1', 'wildberries', 'WB', 'x', now())`,
    );
    const chat = (id: string, kind: string, preview: string) =>
      sql(
        `INSERT INTO "Chat" (id, "workspaceId", "accountId", marketplace, kind, "externalId", "lastMessagePreview", "updatedAt") VALUES ($1, 'w1', 'a1', 'wildberries', $2::"ChatKind", $1, $3, now())`,
        id,
        kind,
        preview,
      );
    const message = (id: string, chatId: string, externalId: string, author: string, text: string, at: string) =>
      sql(
        `INSERT INTO "Message" (id, "chatId", "externalId", author, text, "createdAt") VALUES ($1, $2, $3, $4::"MessageAuthor", $5, $6::timestamp)`,
        ...[id, chatId, externalId, author, text, at],
      );
    for (const [key, text] of Object.entries(OLD)) {
      await chat(key, "REVIEW", text.slice(0, 140));
      await message(key, key, `review:${key}`, "BUYER", text, "2026-12-01 10:00");
    }
    // Answered: the preview is the answer's, left as it is.
    await message("answer", "all", "review:all:answer", "SELLER", "Спасибо за отзыв", "2026-12-01 11:00");
    await sql(`UPDATE "Chat" SET "lastMessagePreview" = 'Спасибо за отзыв' WHERE id = 'all'`);
    // Not a review: a question and a chat keep every word.
    await chat("q", "QUESTION", "q");
    await message("q", "q", "question:q", "BUYER", "Размер?\nНедостатки: нет", "2026-12-01 10:00");
    await chat("c", "CHAT", "c");
    await message("c", "c", "c-1", "BUYER", "Пишу\nДостоинства: много", "2026-12-01 10:00");
    await sql(
      `INSERT INTO "AiDraft" (id, "chatId", text, source, model, "latencyMs", findings) VALUES ('d1', 'prosOnly', 'Спасибо!', 'offline', 'offline', 1, '[]')`,
    );
    await sql(
      `INSERT INTO "ReplyExample" (id, "workspaceId", "draftId", marketplace, kind, "buyerText", "replyText", "editDistance") VALUES ('e1', 'w1', 'd1', 'wildberries', 'REVIEW', $1, 'Спасибо!', 0)`,
      OLD.prosOnly,
    );

    expect((await old.upgrade()).applied).toContain(MIGRATION);

    const messages = await db.prisma.message.findMany({
      orderBy: { id: "asc" },
      select: { id: true, text: true, reviewPros: true, reviewCons: true },
    });
    expect(messages).toEqual([
      { id: "all", text: "Сел по размеру", reviewPros: "Мягкий", reviewCons: "Линяет\nпосле стирки" },
      { id: "answer", text: "Спасибо за отзыв", reviewPros: null, reviewCons: null },
      { id: "c", text: "Пишу\nДостоинства: много", reviewPros: null, reviewCons: null },
      { id: "consOnly", text: "", reviewPros: null, reviewCons: "Запах" },
      { id: "partsOnly", text: "", reviewPros: "Цвет", reviewCons: "Мал" },
      { id: "plain", text: OLD.plain, reviewPros: null, reviewCons: null },
      { id: "prosOnly", text: "Хорошо", reviewPros: "Цена", reviewCons: null },
      { id: "q", text: "Размер?\nНедостатки: нет", reviewPros: null, reviewCons: null },
    ]);
    const previews = await db.prisma.chat.findMany({
      where: { kind: "REVIEW" },
      orderBy: { id: "asc" },
      select: { id: true, lastMessagePreview: true },
    });
    expect(previews).toEqual([
      { id: "all", lastMessagePreview: "Спасибо за отзыв" },
      { id: "consOnly", lastMessagePreview: "Запах" },
      { id: "partsOnly", lastMessagePreview: "Цвет\nМал" },
      { id: "plain", lastMessagePreview: OLD.plain },
      { id: "prosOnly", lastMessagePreview: "Хорошо\nЦена" },
    ]);
    const example = await db.prisma.replyExample.findUniqueOrThrow({ where: { id: "e1" } });
    expect(example.buyerText).toBe("Хорошо\nЦена");
    // Still found by the words of its parts (the search column covers them).
    const found = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "Message" WHERE "searchVector" @@ to_tsquery('simple', 'линяет') OR "searchVector" @@ to_tsquery('simple', 'цвет') ORDER BY id`,
    );
    expect(found.map((r) => r.id)).toEqual(["all", "partsOnly"]);
  });
});
