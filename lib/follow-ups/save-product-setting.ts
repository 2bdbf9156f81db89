import { prisma } from "@/lib/db";
import { PRODUCT_SETTING_SELECT, type ProductSettingInput } from "@/lib/follow-ups/product-settings";

/** Creates or replaces what the seller says about one product (keyed by marketplace + product id). */
export async function saveProductSetting({ workspaceId, input }: { workspaceId: string; input: ProductSettingInput }) {
  const data = {
    title: input.title,
    relatedProducts: [...new Set(input.relatedProducts)],
    consumable: input.consumable,
    refillDays: input.consumable ? input.refillDays : null,
  };
  return prisma().productSetting.upsert({
    where: {
      workspaceId_marketplace_productId: { workspaceId, marketplace: input.marketplace, productId: input.productId },
    },
    create: { workspaceId, marketplace: input.marketplace, productId: input.productId, ...data },
    update: data,
    select: PRODUCT_SETTING_SELECT,
  });
}
