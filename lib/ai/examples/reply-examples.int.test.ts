import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findReplyExamples } from "@/lib/ai/examples/find-reply-examples";
import { recordReplyOutcome } from "@/lib/ai/outcomes/record-draft-outcome";
import { completion, startFakeLlmServer } from "@/lib/ai/testing/fake-llm-server";
import { prisma } from "@/lib/db";
import type { ChatKind } from "@/lib/generated/prisma/enums";
import { generateDraft } from "@/lib/inbox/generate-draft";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A hand-made set where the right examples are known: each pair is a buyer message and the reply an
// operator sent from a draft. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let seq = 0;

type Pair = {
  topic: string;
  buyer: string;
  reply: string;
  kind?: ChatKind;
  sent?: string;
  pros?: string;
  cons?: string;
};

const A_PAIRS: Pair[] = [
  {
    topic: "delivery",
    buyer: "Когда доставят заказ? Жду уже неделю",
    reply: "Доставка по Москве занимает 2–3 дня, заказ уже передан в доставку.",
  },
  {
    topic: "delivery",
    buyer: "Подскажите сроки доставки в Казань",
    reply: "В Казань доставляем за 4–5 дней со дня оплаты.",
  },
  {
    topic: "delivery",
    buyer: "Где мой заказ? Доставка задерживается",
    reply: "Извините за задержку доставки: проверили, заказ в пути, будет в пункте выдачи послезавтра.",
  },
  {
    topic: "size",
    buyer: "Какой размер взять на рост 170 и вес 60?",
    reply: "При росте 170 см советуем размер S, модель садится по размеру.",
  },
  {
    topic: "size",
    buyer: "Размер маломерит? Обычно ношу M",
    reply: "Размеры соответствуют таблице, берите привычный M.",
  },
  {
    topic: "size",
    buyer: "Подойдёт ли размер L на обхват груди 100?",
    reply: "На обхват 100 см подойдёт L, в таблице размеров указаны все мерки.",
  },
  {
    topic: "return",
    buyer: "Как вернуть товар, не подошёл цвет",
    reply: "Вернуть можно в течение 14 дней через раздел «Покупки» в личном кабинете.",
  },
  {
    topic: "thanks",
    buyer: "Спасибо большое, всё отлично!",
    reply: "Спасибо, что выбрали нас! Будем рады видеть снова.",
  },
  // A review reply about delivery: another kind, never a model for a chat.
  {
    topic: "review",
    buyer: "Доставка заказа была быстрой, спасибо",
    reply: "Благодарим за отзыв о доставке!",
    kind: "REVIEW",
    pros: "Упаковка целая",
    cons: "Нет",
  },
  // Sent after rewriting the draft entirely: not the shop's voice, never an example.
  {
    topic: "discarded",
    buyer: "Когда будет доставка заказа?",
    reply: "Черновик о доставке заказа",
    sent: "Мы напишем вам завтра, когда всё выясним со складом.",
  },
  // Sent as is, but the guardrails block it (contact elsewhere): never a model for later drafts.
  {
    topic: "blocked",
    buyer: "Можно связаться с вами напрямую по заказу?",
    reply: "Пишите нам в тг @shop_msk, там ответим быстрее.",
  },
  // Lightly edited: still an example, with what was actually sent.
  {
    topic: "delivery",
    buyer: "Доставка заказа курьером возможна?",
    reply: "Курьерская доставка есть, выберите её при оформлении.",
    sent: "Курьерская доставка есть — выберите её при оформлении.",
  },
];

async function addPair(ws: typeof a, pair: Pair) {
  const at = new Date(Date.now() - 3_600_000 + seq++ * 1000);
  const chat = await prisma().chat.create({
    data: {
      workspaceId: ws.workspace.id,
      accountId: ws.account.id,
      marketplace: "wildberries",
      kind: pair.kind ?? "CHAT",
      externalId: `ex-${seq}-${Math.random().toString(36).slice(2)}`,
      lastMessageAt: at,
      messages: {
        create: [{ author: "BUYER", text: pair.buyer, reviewPros: pair.pros, reviewCons: pair.cons, createdAt: at }],
      },
    },
  });
  await prisma().aiDraft.create({
    data: {
      chatId: chat.id,
      text: pair.reply,
      source: "llm",
      model: "fake",
      latencyMs: 1,
      findings: [],
      createdAt: new Date(at.getTime() + 500),
    },
  });
  await recordReplyOutcome({
    workspaceId: ws.workspace.id,
    chatId: chat.id,
    text: pair.sent ?? pair.reply,
    userId: ws.operator.id,
  });
  return chat.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Альфа", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
  for (const pair of A_PAIRS) await addPair(a, pair);
  await addPair(b, {
    topic: "delivery",
    buyer: "Когда доставка заказа? Жду доставку",
    reply: "ЧУЖОЙ ответ о доставке другой компании",
  });
});
afterAll(() => db?.cleanup());

const replies = (examples: { reply: string }[]) => examples.map((e) => e.reply);
const byTopic = (topic: string) => A_PAIRS.filter((p) => p.topic === topic).map((p) => p.sent ?? p.reply);

describe("few-shot examples from the seller's own replies", () => {
  it("keeps replies sent as is or lightly edited, not rewritten ones", async () => {
    const rows = await prisma().replyExample.findMany({ where: { workspaceId: a.workspace.id } });
    expect(rows).toHaveLength(A_PAIRS.length - 2);
    expect(rows.map((r) => r.replyText)).not.toContain("Мы напишем вам завтра, когда всё выясним со складом.");
    expect(rows.map((r) => r.replyText)).not.toContain("Пишите нам в тг @shop_msk, там ответим быстрее.");
    const edited = rows.find((r) => r.buyerText.startsWith("Доставка заказа курьером"));
    expect(edited?.replyText).toBe("Курьерская доставка есть — выберите её при оформлении.");
    expect(edited?.editDistance).toBeGreaterThan(0);
  });

  it("keeps a review's whole text as the buyer's words: text, pros and cons, with no labels", async () => {
    const review = await prisma().replyExample.findFirstOrThrow({
      where: { workspaceId: a.workspace.id, kind: "REVIEW" },
    });
    expect(review.buyerText).toBe("Доставка заказа была быстрой, спасибо\nУпаковка целая\nНет");
  });

  it("finds the delivery replies for a delivery question, by stem, in this workspace and kind only", async () => {
    const found = await findReplyExamples({
      workspaceId: a.workspace.id,
      kind: "CHAT",
      text: "Здравствуйте! Когда доставят мои заказы? Доставку обещали вчера",
    });
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.length).toBeLessThanOrEqual(5);
    const delivery = byTopic("delivery");
    // Every delivery pair is found and ranks above anything else.
    expect(replies(found).slice(0, delivery.length).sort()).toEqual([...delivery].sort());
    expect(replies(found)).not.toContain("ЧУЖОЙ ответ о доставке другой компании");
    expect(replies(found)).not.toContain("Благодарим за отзыв о доставке!");
  });

  it("finds the size replies for a size question", async () => {
    const found = await findReplyExamples({
      workspaceId: a.workspace.id,
      kind: "CHAT",
      text: "Какой размер посоветуете? Рост 165, боюсь, что маломерит",
    });
    expect(replies(found).slice(0, 3).sort()).toEqual(byTopic("size").sort());
  });

  it("returns nothing for text without searchable words or with no match", async () => {
    expect(await findReplyExamples({ workspaceId: a.workspace.id, kind: "CHAT", text: "?? !! \\\\ ''" })).toEqual([]);
    expect(await findReplyExamples({ workspaceId: a.workspace.id, kind: "CHAT", text: "и в на" })).toEqual([]);
    expect(
      await findReplyExamples({ workspaceId: a.workspace.id, kind: "CHAT", text: "фиолетовый дирижабль" }),
    ).toEqual([]);
  });

  it("puts the examples into the LLM prompt of a new draft", async () => {
    const server = await startFakeLlmServer(() => ({
      kind: "json",
      body: completion("Доставка займёт 2–3 дня, заказ уже в пути."),
    }));
    try {
      const chatId = await addPair(a, {
        topic: "open",
        buyer: "Сколько идёт доставка заказа?",
        reply: "черновик",
        sent: "совсем другой текст, который написал оператор сам",
      });
      for await (const _ of await generateDraft({
        workspaceId: a.workspace.id,
        chatId,
        config: { apiKey: "k", baseUrl: server.baseUrl, model: "fake-model", timeoutMs: 5000 },
      })) {
        // drain
      }
      const prompt = JSON.stringify(server.requests[0]?.body);
      expect(prompt).toContain("Доставка по Москве занимает 2–3 дня");
      expect(prompt).not.toContain("ЧУЖОЙ ответ");
      expect(prompt).not.toContain("При росте 170 см");
    } finally {
      await server.close();
    }
  });
});
