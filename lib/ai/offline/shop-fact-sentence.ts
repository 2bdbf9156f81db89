import type { ReplyParts } from "@/lib/ai/offline/russian-replies";
import { factForIntent, oneLineFact } from "@/lib/ai/shop-facts";
import type { Classification, DraftContext } from "@/lib/ai/types";

const LEAD = {
  ru: {
    delivery: "Наши условия доставки:",
    size_fit: "О размерах:",
    return: "Об обмене и возврате:",
    defect: "Об обмене и возврате:",
  },
  en: {
    delivery: "Our delivery terms:",
    size_fit: "About sizes:",
    return: "Returns and exchanges:",
    defect: "Returns and exchanges:",
  },
} as const;

const CYRILLIC = /[А-Яа-яЁё]/;

/**
 * The owner's fact that answers the buyer's need (delivery terms for a delivery question) as the
 * first sentence of the reply's body. Not on reviews (a public reply to a review is not the place for
 * terms) and not in an English reply when the fact is written in Russian.
 */
export function withShopFact({
  parts,
  context,
  classification,
  english,
}: {
  parts: ReplyParts;
  context: DraftContext;
  classification: Classification;
  english: boolean;
}): ReplyParts {
  if (context.kind === "review") return parts;
  const intent = classification.intent;
  if (intent !== "delivery" && intent !== "size_fit" && intent !== "return" && intent !== "defect") return parts;
  const fact = factForIntent({ facts: context.shopFacts, intent, marketplace: context.marketplace });
  if (!fact || (english && CYRILLIC.test(fact))) return parts;
  const oneLine = oneLineFact(fact).replace(/[;,:\s]+$/, "");
  const sentence = `${LEAD[english ? "en" : "ru"][intent]} ${/[.!?…]$/.test(oneLine) ? oneLine : `${oneLine}.`}`;
  return { ...parts, body: [sentence, ...parts.body] };
}
