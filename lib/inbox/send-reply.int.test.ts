import { wordMessageError } from "@/lib/inbox/send-failure-text";
import { describe, expect, it } from "vitest";
import { sendReply } from "@/lib/inbox/send-reply";
import { createSimAccount, createSimChat, createSimReviewChat } from "@/lib/inbox/testing/sim-chat";
import { sendReplyWorldPerFile } from "@/lib/test/send-reply-world";

// sendReply and answers to reviews and questions over real HTTP against the marketplace simulator, on a real database.

const w = sendReplyWorldPerFile();

describe("sendReply", () => {
  it("sends a Wildberries chat reply, marks it SENT and clears the chat's waiting state", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const { message, created } = await w.send(chat.id, "  Здравствуйте! Заказ уже в пути, ожидайте завтра.  ");
    expect(created).toBe(true);
    expect(message).toMatchObject({
      author: "SELLER",
      status: "SENT",
      error: null,
      text: "Здравствуйте! Заказ уже в пути, ожидайте завтра.",
    });
    expect(message.sender).toEqual({ id: w.a.operator.id, name: "Alpha operator" });
    expect(w.sentTo("wildberries", chat.externalId).map((s) => s.text)).toEqual([
      "Здравствуйте! Заказ уже в пути, ожидайте завтра.",
    ]);
    const after = await w.db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(after).toMatchObject({
      awaitingReplySince: null,
      unreadCount: 0,
      lastMessagePreview: "Здравствуйте! Заказ уже в пути, ожидайте завтра.",
    });
    expect(after.lastMessageAt.getTime()).toBeGreaterThan(chat.lastMessageAt.getTime());
  });

  it("sends an Ozon reply and stores the marketplace's message id when it returns one (Avito)", async () => {
    const ozonChat = await createSimChat({ sim: w.sim, account: w.ozon });
    expect((await w.send(ozonChat.id, "Добрый день! Есть в наличии.")).message.status).toBe("SENT");
    expect(w.sentTo("ozon", ozonChat.externalId).map((s) => s.text)).toEqual(["Добрый день! Есть в наличии."]);

    const avito = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "avito" });
    const chat = await createSimChat({ sim: w.sim, account: avito });
    const { message } = await w.send(chat.id, "Добрый день! Да, ещё продаётся.");
    expect(message.status).toBe("SENT");
    const row = await w.db.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.externalId).toEqual(expect.any(String));
    expect(
      w.sim.control.sentMessages({ marketplace: "avito" }).filter((s) => s.chatId === chat.externalId),
    ).toHaveLength(1);
  });

  it("keeps a moderation rejection as a FAILED message with the marketplace's reason verbatim", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.ozon });
    const reason = "Сообщение содержит запрещённые контакты (код 7)";
    w.sim.control.addFault({ prefix: "/ozon", path: "/send/message", kind: "moderation", message: reason });
    const { message } = await w.send(chat.id, "Ответим на все вопросы по заказу.");
    expect(message).toMatchObject({
      status: "FAILED",
      error: "rejected",
      errorParams: { reason },
      text: "Ответим на все вопросы по заказу.",
    });
    expect(wordMessageError(message, "en").error).toBe(reason);
    expect(w.sentTo("ozon", chat.externalId)).toHaveLength(0);
    const after = await w.db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } });
    expect(after.awaitingReplySince).not.toBeNull();
    expect(after.lastMessagePreview).toBe(chat.lastMessagePreview);
  });

  it("blocks a reply the guardrails refuse: 422 with the findings, nothing stored, nothing sent", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const text = "Напишите нам в телеграм @shop_help, там быстрее";
    const error = await w.rejection(w.send(chat.id, text));
    expect(error.status).toBe(422);
    const details = error.details as { reason: string; findings: { severity: string; start: number; end: number }[] };
    expect(details.reason).toBe("guardrails");
    const block = details.findings.find((f) => f.severity === "block");
    expect(block).toBeDefined();
    expect(text.slice(block!.start, block!.end)).toMatch(/телеграм|@shop_help/);
    expect(await w.db.prisma.message.count({ where: { chatId: chat.id, author: "SELLER" } })).toBe(0);
    expect(w.sentTo("wildberries", chat.externalId)).toHaveLength(0);
  });

  it("refuses a text over the marketplace's limit and an empty reply", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const long = await w.rejection(w.send(chat.id, "Спасибо за заказ. ".repeat(60)));
    expect(long.details).toMatchObject({ reason: "guardrails", maxChars: 1000 });
    expect((long.details as { findings: { kind: string }[] }).findings.map((f) => f.kind)).toContain("length");
    const empty = await w.rejection(w.send(chat.id, "   "));
    expect(empty.details).toEqual({ reason: "empty" });
    expect(w.sentTo("wildberries", chat.externalId)).toHaveLength(0);
  });

  it("is idempotent on clientRequestId: a repeated request returns the first message and sends nothing", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const clientRequestId = w.rid();
    const first = await w.send(chat.id, "Спасибо, что выбрали нас!", { clientRequestId });
    const again = await w.send(chat.id, "Спасибо, что выбрали нас!", { clientRequestId });
    expect(again).toEqual({ message: first.message, created: false });
    const [x, y] = await Promise.all([
      w.send(chat.id, "Параллельный ответ", { clientRequestId: "parallel-1234" }),
      w.send(chat.id, "Параллельный ответ", { clientRequestId: "parallel-1234" }),
    ]);
    expect(x.message.id).toBe(y.message.id);
    expect(w.sentTo("wildberries", chat.externalId).map((s) => s.text)).toEqual([
      "Спасибо, что выбрали нас!",
      "Параллельный ответ",
    ]);
    const foreign = await w.rejection(
      sendReply({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        chatId: w.a.chatIds[0]!,
        text: "x",
        clientRequestId,
      }),
    );
    expect(foreign.status).toBe(409);
  });

  it("answers 404 for another workspace's chat and creates nothing", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const error = await w.rejection(
      sendReply({
        workspaceId: w.b.workspace.id,
        userId: w.b.operator.id,
        chatId: chat.id,
        text: "Чужой ответ",
        clientRequestId: w.rid(),
      }),
    );
    expect(error.status).toBe(404);
    expect(await w.db.prisma.message.count({ where: { chatId: chat.id, author: "SELLER" } })).toBe(0);
    expect(w.sentTo("wildberries", chat.externalId)).toHaveLength(0);
  });

  it("marks the account NEEDS_REAUTH when the marketplace refuses its token", async () => {
    const account = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "ozon" });
    const chat = await createSimChat({ sim: w.sim, account });
    w.sim.control.addFault({
      prefix: "/ozon",
      path: "/send/message",
      kind: "status",
      status: 401,
      message: "Api-Key is revoked",
    });
    const { message } = await w.send(chat.id, "Здравствуйте!");
    expect(message.status).toBe("FAILED");
    expect(message).toMatchObject({
      error: "auth",
      errorParams: { vendor: expect.stringContaining("Api-Key is revoked") },
    });
    expect(wordMessageError(message, "en").error).toMatch(
      /^The marketplace did not accept the access key: .*Api-Key is revoked/,
    );
    expect(await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({
      status: "NEEDS_REAUTH",
    });
  });

  it("sends files the marketplace accepts and refuses the others before sending", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const png = { fileName: "photo.png", mimeType: "image/png", bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) };
    const { message } = await w.send(chat.id, "Фото упаковки во вложении", { files: [png] });
    expect(message.status).toBe("SENT");
    expect(message.attachments).toMatchObject([{ fileName: "photo.png", mimeType: "image/png", size: 7 }]);
    expect(w.sentTo("wildberries", chat.externalId)[0]?.files).toEqual([
      { name: "photo.png", type: "image/png", size: 7 },
    ]);

    const exe = { fileName: "setup.exe", mimeType: "application/x-msdownload", bytes: new Uint8Array(10) };
    const wrongType = await w.rejection(w.send(chat.id, "Установщик", { files: [exe] }));
    expect(wrongType.details).toMatchObject({ reason: "files", issues: [{ code: "type", fileName: "setup.exe" }] });
    const big = { fileName: "scan.pdf", mimeType: "application/pdf", bytes: new Uint8Array(5 * 1024 * 1024 + 1) };
    const tooBig = await w.rejection(w.send(chat.id, "Скан", { files: [big] }));
    expect(tooBig.details).toMatchObject({ reason: "files", issues: [{ code: "size", fileName: "scan.pdf" }] });
    expect(w.sentTo("wildberries", chat.externalId)).toHaveLength(1);
  });
});

describe("answers to questions and reviews go through answerReview", () => {
  it("answers a Wildberries product question", async () => {
    const question = w.sim.state.wbFeedbacks.questions[0]!;
    const chat = await createSimReviewChat({
      account: w.wb,
      kind: "QUESTION",
      externalId: question.id,
      text: question.text,
    });
    const { message } = await w.send(chat.id, "Здравствуйте! Рост модели на фото 176 см.");
    expect(message.status).toBe("SENT");
    expect(question.answer?.text).toBe("Здравствуйте! Рост модели на фото 176 см.");
    expect(w.sim.control.sentMessages({ marketplace: "wildberries" }).at(-1)).toMatchObject({
      kind: "review_answer",
      chatId: question.id,
    });
  });

  it("answers a Wildberries review, and a second answer edits it (PATCH)", async () => {
    const review = w.sim.state.wbFeedbacks.feedbacks.find((f) => !f.answer && f.productValuation <= 3)!;
    const chat = await createSimReviewChat({
      account: w.wb,
      kind: "REVIEW",
      externalId: review.id,
      text: review.text,
      rating: review.productValuation,
    });
    const files = [{ fileName: "a.png", mimeType: "image/png", bytes: new Uint8Array(3) }];
    expect((await w.rejection(w.send(chat.id, "С фото", { files }))).details).toMatchObject({
      reason: "files",
      issues: [{ code: "not_allowed" }],
    });

    await w.send(chat.id, "Нам очень жаль! Оформите возврат в разделе «Покупки».");
    await w.send(chat.id, "Нам очень жаль! Оформите возврат по браку в разделе «Покупки».");
    const answers = w.sim.control.sentMessages({ marketplace: "wildberries" }).filter((s) => s.chatId === review.id);
    expect(answers.map((s) => s.extra?.method)).toEqual(["POST", "PATCH"]);
    expect(review.answer?.text).toBe("Нам очень жаль! Оформите возврат по браку в разделе «Покупки».");
  });

  it("comments on a Yandex Market review and stores the comment id", async () => {
    const ym = await createSimAccount({ sim: w.sim, workspaceId: w.a.workspace.id, marketplace: "yandex_market" });
    const feedback = w.sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!;
    const chat = await createSimReviewChat({
      account: ym,
      kind: "REVIEW",
      externalId: "902",
      text: "Маломерит на размер",
      rating: 2,
    });
    const { message } = await w.send(chat.id, "Спасибо за отзыв! Рекомендуем взять на размер больше.");
    expect(message.status).toBe("SENT");
    expect(feedback.comments.map((c) => c.text)).toEqual(["Спасибо за отзыв! Рекомендуем взять на размер больше."]);
    const row = await w.db.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(row.externalId).toBe(String(feedback.comments[0]!.id));
  });
});
