import { z } from "zod";

import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import type {
  BuyerMessageInput,
  BuyerMessageResult,
  SimContext,
  SentRecord,
} from "@/lib/marketplaces/simulator/context";
import { faultInputSchema, type Fault, type FaultInput, type FaultList } from "@/lib/marketplaces/simulator/faults";
import { empty, json, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { Injector } from "@/lib/marketplaces/simulator/registry";
import type { SimState } from "@/lib/marketplaces/simulator/state";
import { pushYmQuestionEvent, setYmArbitrage } from "@/lib/marketplaces/simulator/ym-pushes";
import { addYmFeedbackComment, openYmFeedback } from "@/lib/marketplaces/simulator/ym-feedbacks";
import { chooseTrafficAction, runTrafficAction, type TrafficAction } from "@/lib/marketplaces/simulator/traffic";
import { editOzonBuyerMessage, readOzonChatAsBuyer } from "@/lib/marketplaces/simulator/ozon";
import { injectWbOddEvent } from "@/lib/marketplaces/simulator/wb-chat";
import {
  addNegativeReview,
  negativeReviewInputSchema,
  openReviewChat,
  ratingUpdateInputSchema,
  updateReviewRating,
} from "@/lib/marketplaces/simulator/negative-reviews";

// Control API, both programmatic (tests) and over HTTP under /_sim (demo, scripts):
//   GET    /_sim                  routes, demo credentials
//   POST   /_sim/faults           {prefix, path?, method?, kind, status, message, retryAfterSeconds?, delayMs?, times?}
//   GET    /_sim/faults           DELETE /_sim/faults
//   POST   /_sim/buyer-messages   {marketplace, chatId?, text?, customerName?, withFile?}
//   GET    /_sim/sent?marketplace=
//   POST   /_sim/webhooks         {marketplace, url}   (YM: base URL, we POST {url}/notification)
//   GET    /_sim/webhooks         deliveries so far
//   POST   /_sim/traffic          {ratePerMinute, marketplaces?}     DELETE /_sim/traffic
//   GET    /_sim/requests         DELETE /_sim/requests
//   POST   /_sim/negative-reviews {marketplace, rating?, text?, customerName?, nmId?, openChat?}  (WB: held review + template chat)
//   POST   /_sim/review-chats     {feedbackId}   (WB: open the template chat for a held review later)
//   POST   /_sim/rating-updates   {marketplace, feedbackId, rating, text?}
//   POST   /_sim/amazon-orders    {orderId, types, locale?}   message types Amazon offers for the order from now on (and the buyer's locale)
//   POST   /_sim/ozon-edits       {chatId, messageId?, text}   the buyer edits a message (TYPE_UPDATE_MESSAGE)
//   POST   /_sim/ozon-reads       {chatId}   the buyer reads the chat to the end (TYPE_MESSAGE_READ)

const buyerMessageSchema = z.object({
  marketplace: marketplaceSchema,
  chatId: z.string().optional(),
  text: z.string().min(1).optional(),
  customerName: z.string().optional(),
  withFile: z.boolean().optional(),
  reuseChat: z.boolean().optional(),
});

const trafficSchema = z.object({
  ratePerMinute: z.number().positive().max(60_000),
  marketplaces: z.array(marketplaceSchema).optional(),
});

const amazonOrderSchema = z.object({
  orderId: z.string().min(1),
  types: z.array(z.string().min(1)),
  locale: z.string().min(2).optional(),
});

const ozonEditSchema = z.object({
  chatId: z.string().min(1),
  messageId: z.string().min(1).optional(),
  text: z.string().min(1),
});
const ozonReadSchema = z.object({ chatId: z.string().min(1) });

const ymCommentSchema = z.object({
  feedbackId: z.string().min(1),
  text: z.string().min(1),
  parentId: z.string().min(1).optional(),
  author: z.enum(["USER", "BUSINESS", "BRAND"]).optional(),
});
const ymArbitrageSchema = z.object({ chatId: z.string().min(1), started: z.boolean() });
const ymQuestionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("QUESTION_CREATED") }),
  z.object({ type: z.literal("QUESTION_ANSWER_CREATED") }),
  z.object({ type: z.literal("QUESTION_COMMENT_CREATED"), answerId: z.string().min(1) }),
]);

const webhookTargetSchema = z.object({ marketplace: marketplaceSchema, url: z.url() });

export type SimControl = ReturnType<typeof createControl>;

export function createControl({
  state,
  ctx,
  faults,
  injectors,
}: {
  state: SimState;
  ctx: SimContext;
  faults: FaultList;
  injectors: Partial<Record<Marketplace, Injector>>;
}) {
  let traffic: ReturnType<typeof setInterval> | null = null;

  const control = {
    addFault: (input: FaultInput): Fault => faults.add(input),
    clearFaults: () => faults.clear(),
    listFaults: () => faults.list(),
    injectBuyerMessage(input: { marketplace: Marketplace } & BuyerMessageInput): BuyerMessageResult {
      const injector = injectors[input.marketplace];
      if (!injector) throw new Error(`simulator: ${input.marketplace} has no inbound buyer messages`);
      return injector(ctx, input);
    },
    /** Wildberries: one spec-valid event without an eventID, for the quarantine path (tests, demo). */
    addOddRecord: () => injectWbOddEvent(state.wbChat, ctx),
    sentMessages: ({ marketplace }: { marketplace?: Marketplace } = {}): SentRecord[] =>
      state.sent.filter((s) => !marketplace || s.marketplace === marketplace),
    setWebhookTarget({ marketplace, url }: { marketplace: Marketplace; url: string }) {
      const list = (state.webhookTargets[marketplace] ??= []);
      if (!list.includes(url)) list.push(url);
    },
    startTraffic({ ratePerMinute, marketplaces }: { ratePerMinute: number; marketplaces?: Marketplace[] }) {
      control.stopTraffic();
      const targets = (marketplaces ?? (Object.keys(injectors) as Marketplace[])).filter((m) => injectors[m]);
      traffic = setInterval(() => control.trafficTick(targets), 60_000 / ratePerMinute);
      traffic.unref();
    },
    /** One step of buyer traffic (what the interval runs); returns what the buyer did. */
    trafficTick(targets: Marketplace[] = Object.keys(injectors) as Marketplace[]): TrafficAction | null {
      const action = chooseTrafficAction(
        state,
        ctx,
        targets.filter((m) => injectors[m]),
      );
      if (action) runTrafficAction(state, ctx, action, (input) => control.injectBuyerMessage(input));
      return action;
    },
    stopTraffic() {
      if (traffic) clearInterval(traffic);
      traffic = null;
    },
    addNegativeReview: (input: z.input<typeof negativeReviewInputSchema>) => addNegativeReview(state, ctx, input),
    openReviewChat: ({ feedbackId }: { feedbackId: string }) => ({
      chatId: openReviewChat(state, ctx, { feedbackId }),
    }),
    updateReviewRating: (input: z.input<typeof ratingUpdateInputSchema>) => updateReviewRating(state, ctx, input),
    /** Yandex Market: the seller opens a review in the cabinet; someone comments under one; a dispute; question pushes. */
    ym: {
      openFeedback: (input: { feedbackId: string }) => openYmFeedback(state.ym, input),
      addFeedbackComment: (input: Parameters<typeof addYmFeedbackComment>[2]) =>
        addYmFeedbackComment(state.ym, ctx, input),
      setArbitrage: (input: { chatId: string; started: boolean }) => setYmArbitrage(state.ym, ctx, input),
      pushQuestionEvent: (input: Parameters<typeof pushYmQuestionEvent>[2]) =>
        pushYmQuestionEvent(state.ym, ctx, input),
    },
    /** Opens or closes Amazon's messaging windows for an order (what getMessagingActionsForOrder offers). */
    setAmazonOrderTypes({ orderId, types, locale }: { orderId: string; types: string[]; locale?: string }) {
      state.amazon.orders.set(orderId, [...types]);
      if (locale) state.amazon.locales.set(orderId, locale);
    },
    editOzonBuyerMessage: (input: z.input<typeof ozonEditSchema>) =>
      editOzonBuyerMessage(state.ozon, ctx, ozonEditSchema.parse(input)),
    readOzonChatAsBuyer: (input: z.input<typeof ozonReadSchema>) =>
      readOzonChatAsBuyer(state.ozon, ctx, ozonReadSchema.parse(input)),
    requests: () => [...state.requests],
    clearRequests: () => void (state.requests.length = 0),

    async handleHttp(req: SimRequest): Promise<SimResponse> {
      try {
        return route(req);
      } catch (error) {
        return json(400, { error: error instanceof z.ZodError ? error.issues : (error as Error).message });
      }
    },
  };

  function route(req: SimRequest): SimResponse {
    const key = `${req.method} ${req.path}`;
    switch (key) {
      case "GET /":
        return json(200, {
          prefixes: ["/wb-chat", "/wb-feedbacks", "/ozon", "/ym", "/avito", "/amazon", "/lwa"],
          credentials: ctx.credentials,
        });
      case "POST /faults":
        return json(201, control.addFault(faultInputSchema.parse(readJson(req))));
      case "GET /faults":
        return json(200, control.listFaults());
      case "DELETE /faults":
        control.clearFaults();
        return empty(204);
      case "POST /odd-records":
        return json(201, control.addOddRecord());
      case "POST /buyer-messages":
        return json(201, control.injectBuyerMessage(buyerMessageSchema.parse(readJson(req))));
      case "GET /sent": {
        const m = req.query.get("marketplace");
        return json(200, control.sentMessages({ marketplace: m ? marketplaceSchema.parse(m) : undefined }));
      }
      case "POST /webhooks":
        control.setWebhookTarget(webhookTargetSchema.parse(readJson(req)));
        return empty(204);
      case "GET /webhooks":
        return json(200, { targets: state.webhookTargets, deliveries: state.webhookDeliveries });
      case "POST /traffic":
        control.startTraffic(trafficSchema.parse(readJson(req)));
        return empty(204);
      case "DELETE /traffic":
        control.stopTraffic();
        return empty(204);
      case "POST /ozon-edits":
        return json(201, control.editOzonBuyerMessage(ozonEditSchema.parse(readJson(req))));
      case "POST /ozon-reads":
        return json(201, control.readOzonChatAsBuyer(ozonReadSchema.parse(readJson(req))));
      case "POST /amazon-orders":
        control.setAmazonOrderTypes(amazonOrderSchema.parse(readJson(req)));
        return empty(204);
      case "GET /requests":
        return json(200, control.requests());
      case "POST /negative-reviews":
        return json(201, control.addNegativeReview(negativeReviewInputSchema.parse(readJson(req))));
      case "POST /review-chats":
        return json(201, control.openReviewChat(z.object({ feedbackId: z.string().min(1) }).parse(readJson(req))));
      case "POST /rating-updates":
        return json(201, control.updateReviewRating(ratingUpdateInputSchema.parse(readJson(req))));
      case "POST /ym/feedback-opened":
        control.ym.openFeedback(z.object({ feedbackId: z.string().min(1) }).parse(readJson(req)));
        return empty(204);
      case "POST /ym/feedback-comments":
        return json(201, control.ym.addFeedbackComment(ymCommentSchema.parse(readJson(req))));
      case "POST /ym/arbitrage":
        control.ym.setArbitrage(ymArbitrageSchema.parse(readJson(req)));
        return empty(204);
      case "POST /ym/questions":
        return json(201, control.ym.pushQuestionEvent(ymQuestionSchema.parse(readJson(req))));
      case "DELETE /requests":
        control.clearRequests();
        return empty(204);
      default:
        return json(404, { error: `no control route ${key}` });
    }
  }

  return control;
}
