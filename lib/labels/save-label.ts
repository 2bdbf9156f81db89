import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { LABEL_SELECT, type LabelInput } from "@/lib/labels/label-schema";
import { isUniqueViolation } from "@/lib/is-unique-violation";

/** Creates a workspace label, or renames / recolours one of the workspace's when `labelId` is given. */
export async function saveLabel({
  workspaceId,
  labelId,
  input,
}: {
  workspaceId: string;
  labelId?: string;
  input: LabelInput;
}) {
  try {
    if (!labelId) return await prisma().label.create({ data: { workspaceId, ...input }, select: LABEL_SELECT });
    const { count } = await prisma().label.updateMany({ where: { id: labelId, workspaceId }, data: input });
    if (!count) throw notFound("Label not found");
    return await prisma().label.findUniqueOrThrow({ where: { id: labelId }, select: LABEL_SELECT });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", "A label with this name exists", {
        expose: true,
        details: { reason: "label_taken" },
      });
    throw error;
  }
}

export async function deleteLabel({ workspaceId, labelId }: { workspaceId: string; labelId: string }) {
  const { count } = await prisma().label.deleteMany({ where: { id: labelId, workspaceId } });
  if (!count) throw notFound("Label not found");
}
