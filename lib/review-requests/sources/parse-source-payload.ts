import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { parseAmocrmWebhookEvents } from "@/lib/review-requests/sources/amocrm";
import { parseIikoWebhook } from "@/lib/review-requests/sources/iiko";
import { parseRkeeperWebhook } from "@/lib/review-requests/sources/rkeeper";
import type { WebhookOutcome } from "@/lib/review-requests/sources/webhook-outcome";
import { parseYclientsWebhook } from "@/lib/review-requests/sources/yclients";

/** One outcome per order/visit/deal in the body: amoCRM batches several leads, the others send one. */
export function parseSourcePayload({ slug, body }: { slug: SourceSlug; body: unknown }): WebhookOutcome[] {
  switch (slug) {
    case "iiko":
      return [parseIikoWebhook({ body })];
    case "rkeeper":
      return [parseRkeeperWebhook({ body })];
    case "yclients":
      return [parseYclientsWebhook({ body })];
    case "amocrm":
      return parseAmocrmWebhookEvents({ body });
  }
}
