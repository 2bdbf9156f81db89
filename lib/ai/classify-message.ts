import { z } from "zod";
import { combineIntent, combineSentiment, sentimentBonuses } from "@/lib/ai/classify/combine";
import { lexiconIntent } from "@/lib/ai/classify/lexicon-classifier";
import { lexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import { predict } from "@/lib/ai/classify/linear-model";
import { MODEL, modelInput } from "@/lib/ai/classify/model";
import { tokenize } from "@/lib/ai/classify/normalize";
import { priorityFor } from "@/lib/ai/sla";
import { marketplaceSchema, type Classification } from "@/lib/ai/types";

export { explainIntent } from "@/lib/ai/classify/lexicon-classifier";

export const classifyInputSchema = z.object({
  text: z.string(),
  marketplace: marketplaceSchema.optional(),
  // Star rating of a review, when the message is one: a 1-2 star review is negative whatever its words.
  rating: z.number().int().min(1).max(5).optional(),
});
export type ClassifyInput = z.input<typeof classifyInputSchema>;

export function classifyMessage(input: ClassifyInput): Classification {
  const { text, rating } = classifyInputSchema.parse(input);
  const tokens = tokenize(text);
  const features = modelInput(text);
  const { intentBonus, weakIntentBonus, intentOffsets } = MODEL.combination;
  const model = predict(MODEL.intent, features);
  const intent = combineIntent({
    lexicon: lexiconIntent(tokens, text),
    model,
    bonus: intentBonus,
    weakBonus: weakIntentBonus,
    offsets: intentOffsets,
    asks: text.includes("?"),
  });
  const lexicon = lexiconSentiment(tokens, text, intent, rating);
  // A star rating, when there is one, says more than the model can.
  const sentiment =
    rating !== undefined
      ? lexicon.sentiment
      : combineSentiment({
          intent,
          lexicon,
          model: predict(MODEL.sentiment, features),
          ...sentimentBonuses(MODEL.combination),
        });
  return { intent, sentiment, ...priorityFor({ intent, sentiment }), source: "offline" };
}
