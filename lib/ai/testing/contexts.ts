import type { DraftContextInput, Marketplace } from "@/lib/ai/types";

// Draft contexts for tests: one buyer message, optional extras.
export function buyerContext(
  text: string,
  extra: Partial<DraftContextInput> & { marketplace?: Marketplace } = {},
): DraftContextInput {
  return {
    marketplace: "wildberries",
    messages: [{ author: "buyer", text, createdAt: "2026-03-01T10:00:00Z" }],
    ...extra,
  };
}
