import { prisma } from "@/lib/db";
import { SNIPPET_SELECT } from "@/lib/inbox/snippet-schema";

export async function listSnippets({ workspaceId }: { workspaceId: string }) {
  const snippets = await prisma().snippet.findMany({
    where: { workspaceId },
    orderBy: { shortcut: "asc" },
    select: SNIPPET_SELECT,
    take: 1_000,
  });
  return { snippets };
}
