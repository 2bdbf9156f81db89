import { describe, expect, it } from "vitest";

import { buildSamplePayload } from "@/lib/review-requests/sample-payloads";
import { SOURCE_SLUGS } from "@/lib/review-requests/source-slug";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { parseSourcePayload } from "@/lib/review-requests/sources/parse-source-payload";

describe("buildSamplePayload (the 'send test event' button)", () => {
  it.each(SOURCE_SLUGS)(
    "%s: the sample passes the real parser as an eligible order with the given phone and id",
    (slug) => {
      const body = parseWebhookBody({
        rawBody: JSON.stringify(
          buildSamplePayload({ slug, id: "test-1", phone: "8 916 123-45-67", customerName: "Анна" }),
        ),
        contentType: "application/json",
      });
      expect(parseSourcePayload({ slug, body })).toEqual([
        expect.objectContaining({
          outcome: "eligible",
          sourceEventId: "test-1",
          phone: "+79161234567",
          customerName: "Анна",
        }),
      ]);
    },
  );
});
