// Bulk data for scripts/bench-inbox.ts: one workspace with `chats` chats and `messagesPerChat` messages
// each, generated inside the database (INSERT ... SELECT generate_series), never row by row.
import type { Database } from "@/lib/db";

export const BENCH_WORKSPACE = "bench_ws";
export const BENCH_OWNER = "bench_owner";
export const BENCH_OPERATORS = ["bench_op1", "bench_op2", "bench_op3", "bench_op4"];

const MARKETPLACES = ["wildberries", "ozon", "yandex_market", "avito", "amazon"];
const FIRST = [
  "Анна",
  "Иван",
  "Мария",
  "Олег",
  "Елена",
  "Дмитрий",
  "Ольга",
  "Сергей",
  "Наталья",
  "Алексей",
  "Татьяна",
  "Павел",
  "Юлия",
  "Никита",
  "Ксения",
  "Артём",
];
const LAST = [
  "Иванова",
  "Петров",
  "Смирнова",
  "Кузнецов",
  "Попова",
  "Соколов",
  "Лебедева",
  "Козлов",
  "Новикова",
  "Морозов",
  "Волкова",
  "Зайцев",
  "Орлова",
  "Белов",
  "Медведева",
  "Егоров",
];
const PRODUCTS = [
  "Платье миди льняное",
  "Кроссовки беговые",
  "Куртка демисезонная",
  "Джинсы прямые",
  "Рюкзак городской",
  "Свитер вязаный",
  "Футболка хлопковая",
  "Пальто шерстяное",
  "Сумка кожаная",
  "Шапка зимняя",
];
// Message words: a few very common ones (a search worst case) and many rare ones.
const WORDS = [
  "здравствуйте",
  "спасибо",
  "заказ",
  "доставка",
  "размер",
  "когда",
  "привезут",
  "можно",
  "вернуть",
  "товар",
  "пришёл",
  "брак",
  "шов",
  "цвет",
  "отличается",
  "фото",
  "курьер",
  "пункт",
  "выдачи",
  "срок",
  "подскажите",
  "пожалуйста",
  "обмен",
  "чек",
  "упаковка",
  "помята",
  "коробка",
  "длина",
  "рукава",
  "талия",
  "ткань",
  "состав",
  "стирка",
  "гарантия",
  "возврат",
  "деньги",
];

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`;

export async function seedInboxBench({
  db,
  chats,
  messagesPerChat,
}: {
  db: Database;
  chats: number;
  messagesPerChat: number;
}) {
  const users = [BENCH_OWNER, ...BENCH_OPERATORS];
  await db.exec(`
    INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('${BENCH_WORKSPACE}', 'Bench', now());
    INSERT INTO "User" (id, email, name, "updatedAt")
      SELECT u, u || '@bench.local', 'Оператор ' || u, now() FROM unnest(${arr(users)}) AS u;
    INSERT INTO "Membership" (id, "workspaceId", "userId", role)
      SELECT 'm_' || u, '${BENCH_WORKSPACE}', u, CASE WHEN u = '${BENCH_OWNER}' THEN 'OWNER'::"Role" ELSE 'OPERATOR'::"Role" END FROM unnest(${arr(users)}) AS u;
    INSERT INTO "MarketplaceAccount" (id, "workspaceId", marketplace, name, "credentialsEnc", "updatedAt")
      SELECT 'acc_' || m, '${BENCH_WORKSPACE}', m::"Marketplace", m, 'x', now() FROM unnest(${arr(MARKETPLACES)}) AS m;
  `);
  // Per chat: r1..r4 are independent uniform draws; ages skew towards now (squares), as in a real inbox.
  await db.exec(`
    INSERT INTO "Chat" (id, "workspaceId", "accountId", marketplace, kind, "externalId", "contextType", "orderId", "productId",
      "productTitle", "customerName", status, "marketplaceStatus", rating, "unreadCount", "lastMessageAt", "lastMessagePreview",
      "awaitingReplySince", "isNewChat", priority, "slaDueAt", "assigneeId", "createdAt", "updatedAt")
    SELECT 'bc' || lpad(i::text, 7, '0'), '${BENCH_WORKSPACE}', 'acc_' || mp, mp::"Marketplace", kind::"ChatKind", 'ext-' || i,
      CASE WHEN kind = 'CHAT' THEN 'ORDER'::"ContextType" ELSE 'PRODUCT'::"ContextType" END,
      CASE WHEN kind = 'CHAT' THEN (100000000 + i * 7)::text END,
      (20000000 + i % 5000)::text,
      (${arr(PRODUCTS)})[1 + i % ${PRODUCTS.length}],
      (${arr(FIRST)})[1 + (i / 7) % ${FIRST.length}] || ' ' || (${arr(LAST)})[1 + (i / 3) % ${LAST.length}] || ' ' || i,
      status::"ChatStatus",
      CASE WHEN mp = 'yandex_market' AND kind = 'CHAT' THEN CASE WHEN awaiting THEN 'WAITING_FOR_PARTNER' ELSE 'WAITING_FOR_CUSTOMER' END END,
      CASE WHEN kind = 'REVIEW' THEN 1 + (i % 5) END,
      CASE WHEN awaiting AND r3 < 0.6 THEN 1 + (i % 3) ELSE 0 END,
      last_at,
      'Последнее сообщение чата ' || i,
      CASE WHEN awaiting THEN last_at END,
      awaiting AND r3 < 0.05,
      CASE WHEN awaiting AND r2 < 0.5 THEN 'high' END,
      CASE WHEN awaiting AND r2 < 0.5 THEN last_at + (r4 * interval '8 hours') END,
      CASE WHEN r4 < 0.5 THEN (${arr(users)})[1 + i % ${users.length}] END,
      last_at - interval '2 days',
      last_at
    FROM (
      SELECT i, r2, r3, r4,
        (${arr(MARKETPLACES)})[1 + i % 5] AS mp,
        -- Questions and reviews come from Wildberries, Ozon and Yandex Market only, as in the connectors.
        CASE WHEN i % 5 >= 3 THEN 'CHAT' WHEN (i / 5) % 10 = 3 THEN 'QUESTION' WHEN (i / 5) % 10 = 7 THEN 'REVIEW' ELSE 'CHAT' END AS kind,
        CASE WHEN r1 < 0.30 THEN 'OPEN' WHEN r1 < 0.95 THEN 'RESOLVED' ELSE 'CLOSED' END AS status,
        r1 < 0.25 AS awaiting,
        date_trunc('milliseconds', now() AT TIME ZONE 'UTC' - (r2 * r2) * interval '90 days') AS last_at
      FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(1, ${chats}) AS i) AS draws
    ) AS c;
  `);
  // Messages: alternating buyer/seller turns spaced back from the chat's last message; 5-12 random words each.
  await db.exec(`
    INSERT INTO "Message" (id, "chatId", "externalId", author, text, "createdAt", "readAt", status)
    SELECT c.id || '_' || k, c.id, 'e' || k, CASE WHEN k % 2 = 0 THEN 'BUYER'::"MessageAuthor" ELSE 'SELLER'::"MessageAuthor" END,
      (SELECT string_agg((${arr(WORDS)})[1 + floor(random() * ${WORDS.length})::int], ' ') FROM generate_series(1, 5 + (k * 7 + length(c.id)) % 8))
        || CASE WHEN k = 0 AND c."orderId" IS NOT NULL THEN ' заказ ' || c."orderId" ELSE '' END,
      c."lastMessageAt" - ((${messagesPerChat - 1} - k) * interval '17 minutes'),
      CASE WHEN k % 2 = 0 THEN c."lastMessageAt" END,
      CASE WHEN k % 2 = 1 THEN 'SENT'::"DeliveryStatus" END
    FROM "Chat" c CROSS JOIN generate_series(0, ${messagesPerChat - 1}) AS k
    WHERE c."workspaceId" = '${BENCH_WORKSPACE}';
  `);
  // Negative-review cases in every fifth Wildberries chat (about 4,000 per 100,000 chats): 15% in their
  // 72 hours (deadline ahead), 10% held until the buyer replies, the rest resolved or published, so the
  // Negative reviews view pages through all three of its candidate sets.
  await db.exec(`
    INSERT INTO "NegativeReviewCase" (id, "workspaceId", "accountId", marketplace, "reviewExternalId", "chatId", "linkConfidence",
      "productId", "customerName", text, rating, "originalRating", "hasHoldWindow", status, "reviewCreatedAt", "openedAt",
      "firstBuyerReplyAt", "deadlineAt", "resolvedAt", "publishedAt", "updatedAt")
    SELECT 'nc_' || c.id, c."workspaceId", c."accountId", c.marketplace, 'fb-' || c.id, c.id, 'HIGH'::"ReviewLinkConfidence",
      c."productId", c."customerName", 'Не подошёл размер', 1 + (length(c.id) + r) % 3, 1 + (length(c.id) + r) % 3, true,
      st::"NegativeReviewStatus", c."createdAt", c."createdAt",
      CASE WHEN st <> 'AWAITING_BUYER' THEN reply_at END,
      CASE WHEN st <> 'AWAITING_BUYER' THEN reply_at + interval '72 hours' END,
      CASE WHEN st = 'RESOLVED' THEN reply_at + interval '20 hours' END,
      CASE WHEN st = 'PUBLISHED' THEN reply_at + interval '72 hours' END,
      now()
    FROM (
      SELECT ch.*, (random() * 100)::int AS r,
        CASE WHEN q < 0.15 THEN 'IN_PROGRESS' WHEN q < 0.25 THEN 'AWAITING_BUYER' WHEN q < 0.7 THEN 'RESOLVED' ELSE 'PUBLISHED' END AS st,
        CASE WHEN q < 0.15 THEN now() AT TIME ZONE 'UTC' - (q / 0.15) * interval '70 hours' ELSE ch."createdAt" + interval '1 hour' END AS reply_at
      FROM (SELECT ch.*, random() AS q FROM "Chat" ch
        WHERE ch."workspaceId" = '${BENCH_WORKSPACE}' AND ch.marketplace = 'wildberries' AND ch.kind = 'CHAT' AND ch."externalId" ~ '[02468]0$') AS ch
    ) AS c;
  `);
  // What autovacuum would have done by the time anyone reads: statistics and the visibility map.
  // (one statement per call: VACUUM cannot run inside the implicit transaction of a multi-statement query)
  for (const table of ["Chat", "Message", "NegativeReviewCase"]) await db.exec(`VACUUM ANALYZE "${table}"`);
}
