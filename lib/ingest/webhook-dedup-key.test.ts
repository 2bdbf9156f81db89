import { describe, expect, it } from "vitest";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { handleOzonWebhook } from "@/lib/marketplaces/ozon/webhook";
import { readFixtureText } from "@/lib/marketplaces/test-support";

const dir = `${import.meta.dirname}/../marketplaces/ozon`;
const integration = { name: "agentiq-inbox", version: "1.0.0" };
const now = new Date("2024-01-01T00:00:00Z");
const keyOf = (body: string) => handleOzonWebhook({ body, integration, now }).events.map((e) => webhookDedupKey(e));

describe("webhook dedup keys (Ozon official push examples)", () => {
  const created = readFixtureText(dir, "push-new-message.json");
  const edited = readFixtureText(dir, "push-update-message.json");

  it("an edit is not a redelivery of the message it edits", () => {
    const [messageKey] = keyOf(created);
    const [editKey] = keyOf(edited);
    expect(editKey).toBeTruthy();
    expect(editKey).not.toBe(messageKey);
    // A redelivery of the same edit is the same fact.
    expect(keyOf(edited)).toEqual([editKey]);
  });

  it("two edits of one message are two facts: another time or another text", () => {
    const [first] = keyOf(edited);
    const later = edited
      .replace("2022-07-18T20:59:04.528Z", "2022-07-18T21:05:00.000Z")
      .replace("Текст сообщения", "Исправленный текст");
    const sameTimeOtherText = edited.replace("Текст сообщения", "Другой текст");
    expect(keyOf(later)[0]).not.toBe(first);
    expect(keyOf(sameTimeOtherText)[0]).not.toBe(first);
  });

  it("an edit without updated_at gets the same key however late it is parsed again (processing re-reads the stored body)", () => {
    const bare = edited.replace(/"updated_at": "[^"]+", /, "");
    const [atReceipt] = handleOzonWebhook({ body: bare, integration, now }).events.map((e) => webhookDedupKey(e));
    const [atProcessing] = handleOzonWebhook({
      body: bare,
      integration,
      now: new Date(now.getTime() + 60_000),
    }).events.map((e) => webhookDedupKey(e));
    expect(atReceipt).toBeTruthy();
    expect(atProcessing).toBe(atReceipt);
  });

  it("a read receipt has a key of its own, per read position, with the chat as the second segment", () => {
    const [readKey] = keyOf(readFixtureText(dir, "push-message-read.json"));
    expect(readKey).toBe("read:b646d975-0c9c-4872-9f41-8b1e57181063:3000000000817031942");
  });
});
