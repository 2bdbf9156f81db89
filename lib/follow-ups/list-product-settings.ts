import { prisma } from "@/lib/db";
import { PRODUCT_SETTING_SELECT } from "@/lib/follow-ups/product-settings";

export async function listProductSettings({ workspaceId }: { workspaceId: string }) {
  const products = await prisma().productSetting.findMany({
    where: { workspaceId },
    orderBy: [{ marketplace: "asc" }, { productId: "asc" }],
    select: PRODUCT_SETTING_SELECT,
    take: 500,
  });
  return { products };
}
