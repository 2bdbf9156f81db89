import type { Classification, DraftContext } from "@/lib/ai/types";

// What the conversation already holds, read before a reply is written: the seller's last message,
// whether it promised something or asked the buyer for something, and whether the buyer's latest
// message only acknowledges it. A reply to "ок" after the seller explained a return is a closing,
// not a second explanation.

const PROMISE_RE =
  /(?:провер|уточн|выясн|разбер|сообщ|напиш|ответ|вернёмся|вернемся|свяж|передад|передал|отправ|we(?:'ll| will)\s+(?:check|look|get back|update|send|let you know|contact)|will\s+(?:check|update))/iu;
const ASK_RE =
  /\?|(?:пришлите|напишите|уточните|приложите|сообщите|подскажите|please\s+(?:send|share|tell|reply|confirm))/iu;

export type ThreadState = {
  /** The seller's message the buyer is answering, if any. */
  lastSellerText?: string;
  sellerPromised: boolean;
  sellerAsked: boolean;
  /** The buyer's latest message only acknowledges: no reply is needed. */
  acknowledgement: boolean;
  /** The buyer thanks after the seller's answer: a short closing is enough. */
  thanksAfterAnswer: boolean;
};

export function readThread(context: DraftContext, latest: Classification): ThreadState {
  const messages = context.messages;
  let lastBuyer = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.author === "buyer") {
      lastBuyer = i;
      break;
    }
  }
  let lastSellerText: string | undefined;
  for (let i = (lastBuyer < 0 ? messages.length : lastBuyer) - 1; i >= 0; i--) {
    if (messages[i]?.author === "seller") {
      lastSellerText = messages[i]!.text;
      break;
    }
  }
  return {
    lastSellerText,
    sellerPromised: !!lastSellerText && PROMISE_RE.test(lastSellerText),
    sellerAsked: !!lastSellerText && ASK_RE.test(lastSellerText),
    acknowledgement: latest.intent === "no_reply",
    thanksAfterAnswer: latest.intent === "thanks" && !!lastSellerText,
  };
}
