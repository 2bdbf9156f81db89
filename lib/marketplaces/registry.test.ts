import { describe, expect, it } from "vitest";

import { AMAZON_MESSAGE_TYPE_LIMITS, AMAZON_TEXT_MESSAGE_TYPES } from "@/lib/marketplaces/amazon/descriptor";
import { MARKETPLACES, type Marketplace } from "@/lib/marketplaces/marketplace";
import {
  descriptorOf,
  descriptorOfWebhookSource,
  findDescriptor,
  MARKETPLACE_DESCRIPTORS,
  marketplacesWhere,
} from "@/lib/marketplaces/registry";

// The descriptors are the one source the app reads; these checks keep each one consistent with itself.

describe("marketplace registry", () => {
  it("registers every marketplace once, under its own id", () => {
    expect(Object.keys(MARKETPLACE_DESCRIPTORS)).toEqual([...MARKETPLACES]);
    for (const m of MARKETPLACES) {
      const d = MARKETPLACE_DESCRIPTORS[m];
      expect(d.marketplace).toBe(m);
      expect(descriptorOf({ marketplace: m })).toBe(d);
      expect(findDescriptor({ value: m })).toBe(d);
    }
    // Notifications and links written before the ids were unified.
    expect(findDescriptor({ value: "YANDEX_MARKET" })).toBe(MARKETPLACE_DESCRIPTORS.yandex_market);
    expect(findDescriptor({ value: "EBAY" })).toBeNull();
    expect(() => descriptorOf({ marketplace: "EBAY" as Marketplace })).toThrow();
  });

  it("gives a webhook receiver exactly to the marketplaces that push, and its paths match each other", () => {
    for (const d of Object.values(MARKETPLACE_DESCRIPTORS)) {
      expect(d.webhook !== null, d.marketplace).toBe(d.capabilities.webhooks);
      if (!d.webhook) continue;
      expect(d.webhook.source).toBe(d.marketplace);
      expect(descriptorOfWebhookSource({ source: d.webhook.source })).toBe(d);
      const pasted = d.webhook.path("s3cr3t");
      expect(pasted.startsWith(`/api/webhooks/${d.webhook.source}/`)).toBe(true);
      // Yandex Market posts to {url}/notification; the others to the URL itself.
      const posted = [pasted, `${pasted}/notification`].find((p) => d.webhook!.requestPattern.test(p));
      expect(posted && d.webhook.requestPattern.exec(posted)![1]).toBe("s3cr3t");
    }
    expect(descriptorOfWebhookSource({ source: "wildberries" })).toBeNull();
    // The hyphenated Yandex Market URL of earlier versions stays pasted in sellers' cabinets.
    expect(
      MARKETPLACE_DESCRIPTORS.yandex_market.webhook!.requestPattern.exec(
        "/api/webhooks/yandex-market/s3cr3t/notification",
      )?.[1],
    ).toBe("s3cr3t");
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
    expect(marketplacesWhere((d) => d.capabilities.inboundChats && !d.capabilities.webhooks)).toEqual(["wildberries"]);
    expect(marketplacesWhere((d) => d.capabilities.webhooks).sort()).toEqual(["avito", "ozon", "yandex_market"]);
    expect(marketplacesWhere((d) => d.capabilities.reviews || d.capabilities.questions)).toEqual([
      "wildberries",
      "yandex_market",
    ]);
    expect(marketplacesWhere((d) => d.reviewCases !== null)).toEqual(["wildberries", "yandex_market"]);
    expect(marketplacesWhere((d) => (d.reviewCases?.holdWindowMs ?? null) !== null)).toEqual(["wildberries"]);
  });
});
