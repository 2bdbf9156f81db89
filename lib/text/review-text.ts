// A marketplace review comes in three parts: the buyer's text, pros and cons. The buyer's review message
// stores them apart (Message.text, reviewPros, reviewCons) and the thread shows the parts under labels in
// the reader's language. Whoever reads the whole review (the classifier, drafts, a negative-review case,
// reply examples) reads the three joined here, without labels: the labels are no words of the buyer's.

export type ReviewParts = { text: string; pros?: string | null; cons?: string | null };

/** The review's text, pros and cons, the blank ones left out, one per line. */
export function fullReviewText({ text, pros, cons }: ReviewParts): string {
  return [text, pros, cons].filter((part): part is string => Boolean(part?.trim())).join("\n");
}

/** A stored message's whole text: a buyer's review message with its pros and cons, any other as it is. */
export function fullMessageText(message: { text: string; reviewPros?: string | null; reviewCons?: string | null }) {
  return fullReviewText({ text: message.text, pros: message.reviewPros, cons: message.reviewCons });
}

/** A part as stored: null when the marketplace sent none or only blanks. */
export function reviewPart(value: string | null | undefined): string | null {
  return value?.trim() ? value : null;
}

/** What a Prisma select needs for fullMessageText. */
export const FULL_MESSAGE_TEXT_SELECT = { text: true, reviewPros: true, reviewCons: true } as const;
