import { factFindings } from "@/lib/ai/shop-facts";
import type { ShopFactsInput } from "@/lib/ai/shop-facts-schema";
import type { ShopFacts } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Saves the owner's shop facts (already sanitised and bounded by shopFactsInputSchema). A fact that
 * breaks the guardrails on any marketplace (a phone number, an outside link, a messenger) is refused
 * with 422 and the findings per fact, so it never reaches a draft; nothing is saved then.
 */
export async function updateShopFacts({
  workspaceId,
  facts,
}: {
  workspaceId: string;
  facts: ShopFactsInput;
}): Promise<ShopFacts> {
  const broken = factFindings(facts);
  if (broken.length) {
    throw new AppError("unprocessable", "A shop fact breaks the marketplaces' rules", {
      details: { reason: "guardrails", facts: broken },
    });
  }
  return prisma().shopFacts.upsert({
    where: { workspaceId },
    create: { workspaceId, ...facts },
    update: facts,
    select: { delivery: true, sizes: true, returns: true, other: true },
  });
}
