import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { BuyerMessageInput, BuyerMessageResult, SimContext } from "@/lib/marketplaces/simulator/context";
import type { SimModule } from "@/lib/marketplaces/simulator/module";
import type { SimState } from "@/lib/marketplaces/simulator/state";
import { injectOzonBuyerMessage, ozonModule } from "@/lib/marketplaces/simulator/ozon";
import { injectYmBuyerMessage, ymModule } from "@/lib/marketplaces/simulator/ym";
import { amazonModule, lwaModule } from "@/lib/marketplaces/simulator/amazon";
import { avitoModule } from "@/lib/marketplaces/simulator/avito";
import { injectAvitoBuyerMessage } from "@/lib/marketplaces/simulator/avito-buyer";
import { injectWbBuyerMessage, wbChatModule } from "@/lib/marketplaces/simulator/wb-chat";
import { wbFeedbacksModule } from "@/lib/marketplaces/simulator/wb-feedbacks";

// Which module serves which prefix, and how a buyer message is injected per marketplace.

export function buildModules(state: SimState): SimModule[] {
  return [
    wbChatModule(state.wbChat),
    wbFeedbacksModule(state.wbFeedbacks),
    ozonModule(state.ozon),
    ymModule(state.ym),
    avitoModule(state.avito),
    amazonModule(state.amazon),
    lwaModule(state.amazon),
  ];
}

export type Injector = (ctx: SimContext, input: BuyerMessageInput) => BuyerMessageResult;

export function buildInjectors(state: SimState): Partial<Record<Marketplace, Injector>> {
  return {
    wildberries: (ctx, input) => injectWbBuyerMessage(state.wbChat, ctx, input),
    ozon: (ctx, input) => injectOzonBuyerMessage(state.ozon, ctx, input),
    yandex_market: (ctx, input) => injectYmBuyerMessage(state.ym, ctx, input),
    avito: (ctx, input) => injectAvitoBuyerMessage(state.avito, ctx, input),
  };
}
