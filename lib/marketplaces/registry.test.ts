import { describe, expect, it } from "vitest";

import { AMAZON_MESSAGE_TYPE_LIMITS, AMAZON_TEXT_MESSAGE_TYPES } from "@/lib/marketplaces/amazon/descriptor";
import { MARKETPLACES, marketplaceToDb } from "@/lib/marketplaces/marketplace";
import { DB_MARKETPLACES, dbMarketplacesWhere, descriptorOfDb, descriptorOfWebhookSource, findDescriptorOfDb, MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// The descriptors are the one source the app reads; these checks keep each one consistent with itself.

describe("marketplace registry", () => {
  it("registers every marketplace once, under its own name and database spelling", () => {
    expect(Object.keys(MARKETPLACE_DESCRIPTORS)).toEqual([...MARKETPLACES]);
    for (const m of MARKETPLACES) {
      const d = MARKETPLACE_DESCRIPTORS[m];
      expect(d.marketplace).toBe(m);
      expect(d.dbName).toBe(marketplaceToDb({ marketplace: m }));
      expect(descriptorOfDb({ value: d.dbName })).toBe(d);
    }
    expect(DB_MARKETPLACES).toEqual(["WILDBERRIES", "OZON", "YANDEX_MARKET", "AVITO", "AMAZON"]);
    expect(findDescriptorOfDb({ value: "EBAY" })).toBeNull();
    expect(() => descriptorOfDb({ value: "EBAY" })).toThrow();
  });

  it("gives a webhook receiver exactly to the marketplaces that push, and its paths match each other", () => {
    for (const d of Object.values(MARKETPLACE_DESCRIPTORS)) {
      expect(d.webhook !== null, d.marketplace).toBe(d.capabilities.webhooks);
      if (!d.webhook) continue;
      expect(descriptorOfWebhookSource({ source: d.webhook.source })).toBe(d);
      const pasted = d.webhook.path("s3cr3t");
      expect(pasted.startsWith(`/api/webhooks/${d.webhook.source}/`)).toBe(true);
      // Yandex Market posts to {url}/notification; the others to the URL itself.
      const posted = [pasted, `${pasted}/notification`].find((p) => d.webhook!.requestPattern.test(p));
      expect(posted && d.webhook.requestPattern.exec(posted)![1]).toBe("s3cr3t");
    }
    expect(descriptorOfWebhookSource({ source: "wildberries" })).toBeNull();
  });

  it("keeps a text limit no larger than the connector's own, and typed messages' limits for every offered type", () => {
    for (const d of Object.values(MARKETPLACE_DESCRIPTORS)) {
      if (d.messageTypes) {
        expect(d.messageTypes.defaultLimit).toBeLessThanOrEqual(d.capabilities.maxTextLength);
        continue;
      }
      expect(d.textLimits.chat, d.marketplace).toBe(d.capabilities.maxTextLength);
    }
    expect([...AMAZON_TEXT_MESSAGE_TYPES].sort()).toEqual(Object.keys(AMAZON_MESSAGE_TYPE_LIMITS).sort());
  });

  it("derives the ingest jobs' coverage from capabilities as before", () => {
    expect(dbMarketplacesWhere((d) => d.capabilities.inboundChats && !d.capabilities.webhooks)).toEqual(["WILDBERRIES"]);
    expect(dbMarketplacesWhere((d) => d.capabilities.webhooks).sort()).toEqual(["AVITO", "OZON", "YANDEX_MARKET"]);
    expect(dbMarketplacesWhere((d) => d.capabilities.reviews || d.capabilities.questions)).toEqual(["WILDBERRIES", "YANDEX_MARKET"]);
    expect(dbMarketplacesWhere((d) => d.reviewCases !== null)).toEqual(["WILDBERRIES", "YANDEX_MARKET"]);
    expect(dbMarketplacesWhere((d) => (d.reviewCases?.holdWindowMs ?? null) !== null)).toEqual(["WILDBERRIES"]);
  });
});
