import { wordMessageError } from "@/lib/inbox/send-failure-text";
import { describe, expect, it } from "vitest";
import { retryReply } from "@/lib/inbox/retry-reply";
import { createSimChat } from "@/lib/inbox/testing/sim-chat";
import { sendReplyWorldPerFile } from "@/lib/test/send-reply-world";

// retryReply over real HTTP against the marketplace simulator, on a real database.

const w = sendReplyWorldPerFile();

describe("retryReply", () => {
  it("re-sends a FAILED reply once; a second retry and a retry of a SENT reply send nothing", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.ozon });
    w.sim.control.addFault({
      prefix: "/ozon",
      path: "/send/message",
      kind: "moderation",
      message: "Временно недоступно",
    });
    const { message } = await w.send(chat.id, "Повторная попытка");
    expect(message.status).toBe("FAILED");

    const retried = await retryReply({ workspaceId: w.a.workspace.id, chatId: chat.id, messageId: message.id });
    expect(retried).toMatchObject({ id: message.id, status: "SENT", error: null });
    const again = await retryReply({ workspaceId: w.a.workspace.id, chatId: chat.id, messageId: message.id });
    expect(again.status).toBe("SENT");
    expect(w.sentTo("ozon", chat.externalId).map((s) => s.text)).toEqual(["Повторная попытка"]);
    expect(await w.db.prisma.message.count({ where: { chatId: chat.id, author: "SELLER" } })).toBe(1);
  });

  it("sends concurrent retries of one FAILED reply once", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.ozon });
    w.sim.control.addFault({ prefix: "/ozon", path: "/send/message", kind: "moderation", message: "Нет" });
    const { message } = await w.send(chat.id, "Одновременно");
    const results = await Promise.all(
      [1, 2, 3].map(() => retryReply({ workspaceId: w.a.workspace.id, chatId: chat.id, messageId: message.id })),
    );
    expect(results.every((r) => r.id === message.id)).toBe(true);
    expect(w.sentTo("ozon", chat.externalId)).toHaveLength(1);
  });

  it("needs the same files again for a reply that had files", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    w.sim.control.addFault({
      prefix: "/wb-chat",
      path: "/message",
      kind: "moderation",
      message: "A24FA09844E: attachment too big",
    });
    const png = { fileName: "photo.png", mimeType: "image/png", bytes: new Uint8Array([1, 2, 3]) };
    const { message } = await w.send(chat.id, "Фото", { files: [png] });
    expect(message).toMatchObject({
      status: "FAILED",
      error: "rejected",
      errorParams: { reason: "A24FA09844E: attachment too big" },
    });
    expect(wordMessageError(message, "ru").error).toBe("A24FA09844E: attachment too big");
    const without = await w.rejection(
      retryReply({ workspaceId: w.a.workspace.id, chatId: chat.id, messageId: message.id }),
    );
    expect(without.status).toBe(409);
    const retried = await retryReply({
      workspaceId: w.a.workspace.id,
      chatId: chat.id,
      messageId: message.id,
      files: [png],
    });
    expect(retried.status).toBe("SENT");
    expect(w.sentTo("wildberries", chat.externalId)[0]?.files).toEqual([
      { name: "photo.png", type: "image/png", size: 3 },
    ]);
  });

  it("answers 404 for another workspace's message", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.ozon });
    w.sim.control.addFault({ prefix: "/ozon", path: "/send/message", kind: "moderation", message: "Нет" });
    const { message } = await w.send(chat.id, "Чужой");
    const error = await w.rejection(
      retryReply({ workspaceId: w.b.workspace.id, chatId: chat.id, messageId: message.id }),
    );
    expect(error.status).toBe(404);
    const wrongChat = await w.rejection(
      retryReply({ workspaceId: w.a.workspace.id, chatId: w.a.chatIds[0]!, messageId: message.id }),
    );
    expect(wrongChat.status).toBe(404);
    expect(w.sentTo("ozon", chat.externalId)).toHaveLength(0);
  });
});
