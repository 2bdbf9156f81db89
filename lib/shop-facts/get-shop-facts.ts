import type { ShopFacts } from "@/lib/ai/types";
import { prisma } from "@/lib/db";

const EMPTY: ShopFacts = { delivery: "", sizes: "", returns: "", other: "" };

/** The workspace's shop facts (all empty until the owner writes them). */
export async function getShopFacts({ workspaceId }: { workspaceId: string }): Promise<ShopFacts> {
  const row = await prisma().shopFacts.findUnique({
    where: { workspaceId },
    select: { delivery: true, sizes: true, returns: true, other: true },
  });
  return row ?? EMPTY;
}
