import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function deleteProductSetting({
  workspaceId,
  productSettingId,
}: {
  workspaceId: string;
  productSettingId: string;
}) {
  const { count } = await prisma().productSetting.deleteMany({ where: { id: productSettingId, workspaceId } });
  if (!count) throw notFound("Product setting not found");
}
