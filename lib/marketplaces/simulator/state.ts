import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { SentRecord } from "@/lib/marketplaces/simulator/context";
import { createOzonState, type OzonState } from "@/lib/marketplaces/simulator/ozon";
import { createYmState, type YmState } from "@/lib/marketplaces/simulator/ym";
import { createAmazonState, type AmazonState } from "@/lib/marketplaces/simulator/amazon";
import { createAvitoState, type AvitoState } from "@/lib/marketplaces/simulator/avito";
import { createWbChatState, type WbChatState } from "@/lib/marketplaces/simulator/wb-chat";
import { createWbFeedbacksState, type WbFeedbacksState } from "@/lib/marketplaces/simulator/wb-feedbacks";
import type { WebhookDelivery } from "@/lib/marketplaces/simulator/webhooks";

// All in-memory state of one simulator instance; tests may read and tweak it directly.

export type RequestLogEntry = {
  method: string;
  path: string;
  status: number;
  at: string;
  headers: Record<string, string>;
  /** Request body text (first 4 KB) for assertions on the wire format. */
  body: string;
  /** The query string, without "?". */
  query: string;
};

export type SimState = {
  wbChat: WbChatState;
  wbFeedbacks: WbFeedbacksState;
  ozon: OzonState;
  ym: YmState;
  avito: AvitoState;
  amazon: AmazonState;
  sent: SentRecord[];
  requests: RequestLogEntry[];
  webhookTargets: Partial<Record<Marketplace, string[]>>;
  webhookDeliveries: WebhookDelivery[];
};

export function createSimState(now: Date): SimState {
  return {
    wbChat: createWbChatState(),
    wbFeedbacks: createWbFeedbacksState(now),
    ozon: createOzonState(),
    ym: createYmState(now),
    avito: createAvitoState(),
    amazon: createAmazonState(),
    sent: [],
    requests: [],
    webhookTargets: {},
    webhookDeliveries: [],
  };
}
