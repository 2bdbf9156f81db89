import { describe, expect, it } from "vitest";
import {
  MarketplaceAuthError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceResponseError,
  MarketplaceServerError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";
import { wbTestSimulator } from "@/lib/marketplaces/wildberries/test-simulator";

const t = wbTestSimulator();

describe("wildberries connector over HTTP: refusals, limits and faults", () => {
  it("401 -> MarketplaceAuthError with WB's own message, no retries", async () => {
    const wb = t.connector({ token: "wrong-token-1234567890" });
    const error = await wb.fetchUpdates({ cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as MarketplaceAuthError).message).toMatch(/^token problem/);
    expect(t.sim.control.requests()).toHaveLength(1);
    await expect(wb.testConnection()).rejects.toBeInstanceOf(MarketplaceAuthError);
  });

  it("429 with Retry-After is waited out, then succeeds; persistent 429 surfaces retryAfterMs", async () => {
    const wb = t.connector();
    t.sim.control.addFault({
      prefix: "/wb-chat",
      path: "/events",
      status: 429,
      message: "limited by test",
      retryAfterSeconds: 0.3,
    });
    const startedAt = Date.now();
    await wb.fetchUpdates({ cursor: null });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(t.sim.control.requests().map((r) => r.status)).toEqual([429, 200]);

    t.sim.control.addFault({
      prefix: "/wb-chat",
      path: "/events",
      status: 429,
      message: "limited",
      retryAfterSeconds: 0.01,
      times: 10,
    });
    const error = await wb.fetchUpdates({ cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRateLimitError);
    expect((error as MarketplaceRateLimitError).retryAfterMs).toBe(10);
  });

  it("retries 5xx on reads with backoff; does not retry a 500 on send (it may have been delivered)", async () => {
    const wb = t.connector();
    t.sim.control.addFault({ prefix: "/wb-chat", path: "/events", status: 503, times: 2 });
    await expect(wb.fetchUpdates({ cursor: null })).resolves.toBeDefined();
    expect(t.sim.control.requests().map((r) => r.status)).toEqual([503, 503, 200]);

    const { chatId } = t.sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const replySign = t.sim.state.wbChat.chats.get(chatId)!.replySign;
    t.sim.control.clearRequests();
    t.sim.control.addFault({ prefix: "/wb-chat", path: "/message", status: 500, times: 3 });
    await expect(
      wb.sendMessage({ chat: { externalId: chatId, replyToken: replySign }, text: "x" }),
    ).rejects.toBeInstanceOf(MarketplaceServerError);
    expect(t.sim.control.requests()).toHaveLength(1);
  });

  it("times out slow responses and retries reads", async () => {
    const wb = t.connector({ http: { timeoutMs: 100, retries: 0 } });
    t.sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "slow", delayMs: 300 });
    await expect(wb.fetchUpdates({ cursor: null })).rejects.toBeInstanceOf(MarketplaceTimeoutError);

    const patient = t.connector({ http: { timeoutMs: 100, retries: 1 } });
    t.sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "slow", delayMs: 300 });
    await expect(patient.fetchUpdates({ cursor: null })).resolves.toBeDefined();
  });

  it("malformed JSON -> MarketplaceResponseError", async () => {
    t.sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "malformed" });
    await expect(t.connector().fetchUpdates({ cursor: null })).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("moderation/validation rejections carry WB's reason verbatim", async () => {
    const wb = t.connector();
    const { chatId } = t.sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const chat = { externalId: chatId, replyToken: t.sim.state.wbChat.chats.get(chatId)!.replySign };
    t.sim.control.addFault({
      prefix: "/wb-chat",
      path: "/message",
      kind: "moderation",
      message: "A24FA09844E: attachment too big. Max size: 5MiB",
    });
    const error = await wb.sendMessage({ chat, text: "Смотрите файл" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("A24FA09844E: attachment too big. Max size: 5MiB");

    const bad = await wb
      .sendMessage({ chat: { externalId: chatId, replyToken: "1:forged" }, text: "x" })
      .catch((e: unknown) => e);
    expect((bad as MarketplaceRejectedError).reason).toBe("Invalid signature");

    const long = await wb.sendMessage({ chat, text: "я".repeat(1001) }).catch((e: unknown) => e);
    expect(long).toMatchObject({ vendorCode: "LOCAL_VALIDATION" });
    const video = await wb
      .sendMessage({ chat, text: "", files: [{ fileName: "v.mp4", mimeType: "video/mp4", bytes: new Uint8Array(1) }] })
      .catch((e: unknown) => e);
    expect((video as MarketplaceRejectedError).reason).toMatch(/video\/mp4/);
  });

  it("download: 202 pending moderation and 451 rejected", async () => {
    const wb = t.connector();
    t.sim.state.wbChat.files.set("pending-1", {
      state: "pending",
      bytes: new Uint8Array(),
      contentType: "image/jpeg",
      name: "a.jpg",
    });
    t.sim.state.wbChat.files.set("rejected-1", {
      state: "rejected",
      bytes: new Uint8Array(),
      contentType: "image/jpeg",
      name: "b.jpg",
    });
    await expect(wb.downloadAttachment({ attachment: { externalId: "pending-1", url: null } })).resolves.toEqual({
      status: "pending",
      retryAfterSeconds: 30,
    });
    await expect(wb.downloadAttachment({ attachment: { externalId: "rejected-1", url: null } })).resolves.toEqual({
      status: "rejected",
      reason: "moderation error",
    });
  });
});
