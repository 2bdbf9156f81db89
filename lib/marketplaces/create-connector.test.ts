import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { createConnector } from "@/lib/marketplaces/create-connector";
import { CREDENTIALS_SCHEMAS } from "@/lib/marketplaces/credentials";
import { MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { MARKETPLACES } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { marketplaceMetaSchema } from "@/lib/marketplaces/schemas";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

function demo(marketplace: (typeof MARKETPLACES)[number]) {
  const runtime = { http: FAST_HTTP, accountKey: testAccountKey() };
  switch (marketplace) {
    case "wildberries":
      return createConnector({
        marketplace,
        credentials: sim.credentials.wildberries,
        baseUrls: sim.baseUrls.wildberries,
        runtime,
      });
    case "ozon":
      return createConnector({ marketplace, credentials: sim.credentials.ozon, baseUrls: sim.baseUrls.ozon, runtime });
    case "yandex_market":
      return createConnector({
        marketplace,
        credentials: sim.credentials.yandex_market,
        baseUrls: sim.baseUrls.yandex_market,
        runtime,
      });
    case "avito":
      return createConnector({
        marketplace,
        credentials: sim.credentials.avito,
        baseUrls: sim.baseUrls.avito,
        runtime,
      });
    case "amazon":
      return createConnector({
        marketplace,
        credentials: sim.credentials.amazon,
        baseUrls: sim.baseUrls.amazon,
        runtime,
      });
  }
}

describe("createConnector", () => {
  it.each(MARKETPLACES)("%s: demo credentials pass a real test call against the simulator", async (marketplace) => {
    const connector = demo(marketplace);
    expect(connector.marketplace).toBe(marketplace);
    await expect(connector.testConnection()).resolves.toMatchObject({ ok: true, warnings: [] });
  });

  it.each(MARKETPLACES)("%s: meta is valid and capabilities match what the connector does", async (marketplace) => {
    const meta = marketplaceMetaSchema.parse(MARKETPLACE_META[marketplace]);
    // Help for every credential in both languages, each step said in both.
    for (const help of [meta.help.ru, meta.help.en])
      expect(Object.keys(help.fields).sort()).toEqual(Object.keys(CREDENTIALS_SCHEMAS[marketplace].shape).sort());
    expect(meta.help.en.steps).toHaveLength(meta.help.ru.steps.length);
    const connector = demo(marketplace);
    const caps = connector.capabilities;
    const probes: Array<[boolean, () => Promise<unknown>]> = [
      [caps.inboundChats, () => connector.fetchUpdates({ cursor: null })],
      [caps.chatHistory, () => connector.listMessages({ chat: { externalId: "x" } })],
      [caps.markRead, () => connector.markRead({ chat: { externalId: "x" }, upToMessageId: "1" })],
      [caps.reviews, () => connector.listReviews({ kind: "review", unansweredOnly: true })],
      [caps.questions, () => connector.listReviews({ kind: "question", unansweredOnly: true })],
      [caps.sellerCanStartChat, () => connector.startChat({ context: { type: "order", id: "0" } })],
      [caps.webhooks, () => connector.handleWebhook({ body: "{}" })],
    ];
    for (const [offered, call] of probes) {
      const outcome = await call().then(
        () => "ok",
        (e: unknown) => (e instanceof MarketplaceUnsupportedError ? "unsupported" : "other-error"),
      );
      if (offered) expect(outcome).not.toBe("unsupported");
      else expect(outcome).toBe("unsupported");
    }
  });

  it("rejects malformed credentials with a ZodError before any request", () => {
    expect(() => createConnector({ marketplace: "ozon", credentials: { clientId: "abc", apiKey: "k" } })).toThrow(
      ZodError,
    );
    expect(() =>
      createConnector({ marketplace: "amazon", credentials: { ...sim.credentials.amazon, refreshToken: "nope" } }),
    ).toThrow(/Atzr\|/);
  });
});
