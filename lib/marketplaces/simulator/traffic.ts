import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { BuyerMessageInput, SimContext } from "@/lib/marketplaces/simulator/context";
import { pick } from "@/lib/marketplaces/simulator/context";
import { editOzonBuyerMessage, readOzonChatAsBuyer } from "@/lib/marketplaces/simulator/ozon";
import type { SimState } from "@/lib/marketplaces/simulator/state";

// One tick of buyer traffic: mostly a new text message, but also the other things buyers do that the specs
// document (Ozon edits and reads, Avito links/items/locations/missed calls/voice, Wildberries chats without a
// goodCard). Every choice comes from the seeded ctx.random, so a seed replays the same traffic.

const AVITO_TYPES = ["link", "item", "location", "call", "voice"] as const;
const EDITED_TEXTS = [
  "Извините, уточню: нужен размер побольше.",
  "Исправил адрес доставки, проверьте, пожалуйста.",
  "Прошу прощения, номер заказа другой.",
];

export type TrafficAction =
  | { kind: "message"; marketplace: Marketplace; input: BuyerMessageInput }
  | { kind: "ozon-edit"; chatId: string }
  | { kind: "ozon-read"; chatId: string };

export function chooseTrafficAction(state: SimState, ctx: SimContext, targets: Marketplace[]): TrafficAction | null {
  if (!targets.length) return null;
  const marketplace = pick(targets, ctx.random);
  const reuseChat = ctx.random() < 0.7;
  const roll = ctx.random();
  if (marketplace === "ozon") {
    const withBuyerMessages = [...state.ozon.chats.values()].filter((c) =>
      c.messages.some((m) => m.user.type === "Customer"),
    );
    if (withBuyerMessages.length && roll < 0.15)
      return { kind: "ozon-edit", chatId: pick(withBuyerMessages, ctx.random).chat_id };
    if (withBuyerMessages.length && roll < 0.3)
      return { kind: "ozon-read", chatId: pick(withBuyerMessages, ctx.random).chat_id };
  }
  if (marketplace === "avito" && roll < 0.3)
    return { kind: "message", marketplace, input: { reuseChat, avitoType: pick(AVITO_TYPES, ctx.random) } };
  if (marketplace === "wildberries" && roll < 0.25)
    return { kind: "message", marketplace, input: { reuseChat: false, withoutGoodCard: true } };
  return { kind: "message", marketplace, input: { reuseChat } };
}

export function runTrafficAction(
  state: SimState,
  ctx: SimContext,
  action: TrafficAction,
  inject: (input: { marketplace: Marketplace } & BuyerMessageInput) => unknown,
): void {
  if (action.kind === "ozon-edit")
    editOzonBuyerMessage(state.ozon, ctx, { chatId: action.chatId, text: pick(EDITED_TEXTS, ctx.random) });
  else if (action.kind === "ozon-read") readOzonChatAsBuyer(state.ozon, ctx, { chatId: action.chatId });
  else inject({ marketplace: action.marketplace, ...action.input });
}
