import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function getWorkspace({ workspaceId }: { workspaceId: string }) {
  const workspace = await prisma().workspace.findUnique({
    where: { id: workspaceId },
    select: { id: true, name: true, isDemo: true, timeZone: true },
  });
  if (!workspace) throw notFound("Workspace not found");
  return workspace;
}
