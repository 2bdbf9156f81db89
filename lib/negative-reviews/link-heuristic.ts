// How a Wildberries review is matched to the chat the marketplace opened about it. The feedbacks API
// and the chat API share no id, so the link is inferred:
//   HIGH   – same product (nmId) and the same buyer name, the chat opened within LINK_WINDOW_MS of the review;
//   MEDIUM – same product within the window, and the only candidate either way;
//   LOW    – same product within the window but ambiguous (several reviews or chats), or the names differ:
//            the nearest in time is taken, and the operator is asked to check it.
// Anything else stays unlinked. The operator can change or remove a link; the linker never touches a
// case an operator linked (MANUAL).

export const LINK_WINDOW_MS = 3 * 24 * 3_600_000;
// The marketplace's template, e.g. "Покупатель оставил отзыв с оценкой 2★ на товар …".
const TEMPLATE = /(отзыв|review)/i;
const TEMPLATE_RATING = /(оценк|★|rating)/i;

export function isReviewTemplateMessage({ author, text }: { author: string; text: string }): boolean {
  return author === "MARKETPLACE" && TEMPLATE.test(text) && TEMPLATE_RATING.test(text);
}

export type LinkableCase = { id: string; productId: string | null; customerName: string | null; reviewCreatedAt: Date };
export type TemplateChat = { id: string; productId: string | null; customerName: string | null; openedAt: Date };
export type Confidence = "HIGH" | "MEDIUM" | "LOW";
export type ProposedLink = { caseId: string; chatId: string; confidence: Confidence };

const RANK: Record<Confidence, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

export function normaliseName(name: string | null): string | null {
  const n = name?.trim().toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/\s+/g, " ");
  return n ? n : null;
}

function inWindow(c: LinkableCase, chat: TemplateChat): boolean {
  const delta = chat.openedAt.getTime() - c.reviewCreatedAt.getTime();
  // The chat follows the review; a little slack for clocks and the order the two APIs are polled in.
  return delta >= -3_600_000 && delta <= LINK_WINDOW_MS;
}

/** Pairs each case with at most one chat and each chat with at most one case, best confidence first. */
export function proposeLinks({ cases, chats }: { cases: LinkableCase[]; chats: TemplateChat[] }): ProposedLink[] {
  const pairs: Array<ProposedLink & { distance: number }> = [];
  for (const c of cases) {
    if (!c.productId) continue;
    const candidates = chats.filter((chat) => chat.productId === c.productId && inWindow(c, chat));
    for (const chat of candidates) {
      const rivals = cases.filter((o) => o.productId === c.productId && inWindow(o, chat)).length;
      const a = normaliseName(c.customerName);
      const b = normaliseName(chat.customerName);
      const confidence: Confidence =
        a && b && a === b ? "HIGH" : a && b ? "LOW" : candidates.length === 1 && rivals === 1 ? "MEDIUM" : "LOW";
      pairs.push({
        caseId: c.id,
        chatId: chat.id,
        confidence,
        distance: Math.abs(chat.openedAt.getTime() - c.reviewCreatedAt.getTime()),
      });
    }
  }
  pairs.sort((x, y) => RANK[x.confidence] - RANK[y.confidence] || x.distance - y.distance);
  const usedCases = new Set<string>();
  const usedChats = new Set<string>();
  const links: ProposedLink[] = [];
  for (const p of pairs) {
    if (usedCases.has(p.caseId) || usedChats.has(p.chatId)) continue;
    usedCases.add(p.caseId);
    usedChats.add(p.chatId);
    links.push({ caseId: p.caseId, chatId: p.chatId, confidence: p.confidence });
  }
  return links;
}
