import { presentableOrder } from "@/lib/ai/offline/order-facts";
import type { ReplyParts } from "@/lib/ai/offline/russian-replies";
import type { Classification, DraftContext, Intent } from "@/lib/ai/types";

// Amazon requires replies in the buyer's language; buyers there mostly write English. Amazon's own
// sections are named as the buyer sees them. Kept shorter than the Russian set on purpose.
type Input = { context: DraftContext; classification: Classification; buyerText: string };

const item = (context: DraftContext) => (context.product?.name ? `the ${context.product.name}` : "the item");
const order = (context: DraftContext) => {
  const { number } = presentableOrder(context.order, true);
  return number ? `order ${number}` : "your order";
};

const BY_INTENT: Record<Intent, (input: Input) => ReplyParts> = {
  delivery: ({ context, classification }) => ({
    opening: [
      classification.sentiment === "negative"
        ? "We are sorry for the delay and understand how frustrating the wait is."
        : "Thank you for your message.",
    ],
    body: [
      `We are checking ${order(context)} on our side.`,
      ...(context.order?.deliveryDate ? [`The estimated delivery date is ${context.order.deliveryDate}.`] : []),
      "You can follow the package in Your Orders on Amazon.",
    ],
    optional: ["If the tracking does not move within two days, reply here and we will contact the carrier for you."],
    closing: [],
  }),
  size_fit: ({ context }) => ({
    opening: ["Thank you for your question."],
    body: [
      context.product?.sizeChartHint
        ? `Our size chart says: ${context.product.sizeChartHint}.`
        : "Please compare your measurements with the size chart on the product page.",
    ],
    optional: [
      "If you are between sizes, we suggest the larger one for a relaxed fit.",
      "Send us your measurements or your device model and we will confirm.",
    ],
    closing: [],
  }),
  defect: ({ context }) => ({
    opening: [`We are very sorry that ${item(context)} arrived faulty or not as expected.`],
    body: [
      "Please open Your Orders and choose Return or replace items; you will receive a replacement or a full refund.",
    ],
    optional: ["Thank you for letting us know: we have passed this to our warehouse to check the batch."],
    closing: [],
  }),
  return: ({ buyerText }) => ({
    opening: ["Of course, we are happy to help."],
    body: [
      /cancel/i.test(buyerText)
        ? "If the order has not shipped yet, you can cancel it in Your Orders."
        : "You can start a return in Your Orders by choosing Return or replace items; the refund goes back to your original payment method.",
    ],
    optional: [],
    closing: [],
  }),
  availability: () => ({
    opening: ["Thank you for your interest."],
    body: [
      "Current stock, sizes and colours are shown on the product page, and it updates as soon as new stock arrives.",
    ],
    optional: [],
    closing: [],
  }),
  thanks: () => ({
    opening: ["Thank you so much for your kind words!"],
    body: ["We are glad you like your purchase."],
    optional: ["We hope to see you again."],
    closing: [],
  }),
  other: ({ context }) => ({
    opening: ["Thank you for your question."],
    body: [
      `We are checking the details${context.product?.name ? ` for ${context.product.name}` : ""} and will reply here shortly.`,
    ],
    optional: [],
    closing: [],
  }),
  no_reply: () => ({
    opening: ["Thank you!"],
    body: ["If you have any other questions, just reply here."],
    optional: [],
    closing: [],
  }),
};

export function englishReply(input: Input): ReplyParts {
  return BY_INTENT[input.classification.intent](input);
}
