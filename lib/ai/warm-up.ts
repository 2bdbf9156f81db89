import { classifyMessage } from "@/lib/ai/classify-message";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { MARKETPLACES } from "@/lib/marketplaces/marketplace";

// The guardrails and the classifier build their patterns and model tables on first use, which costs a
// few hundred milliseconds. A server pays it once at start, not on an operator's first draft.
export function warmUpTextChecks(): void {
  for (const marketplace of MARKETPLACES) {
    checkText({ text: "Здравствуйте! Пишите в тг, вернём 100 ₽ за 5 звёзд: www.shop.ru", marketplace });
    classifyMessage({ text: "Когда придёт заказ? Where is my order?", marketplace });
  }
}
