import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function deleteSnippet({ workspaceId, snippetId }: { workspaceId: string; snippetId: string }) {
  const { count } = await prisma().snippet.deleteMany({ where: { id: snippetId, workspaceId } });
  if (!count) throw notFound("Snippet not found");
}
