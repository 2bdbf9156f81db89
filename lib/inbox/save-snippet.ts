import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { SNIPPET_SELECT, type SnippetInput } from "@/lib/inbox/snippet-schema";
import { isUniqueViolation } from "@/lib/is-unique-violation";

/** Creates a snippet, or replaces one of the workspace's when `snippetId` is given. */
export async function saveSnippet({
  workspaceId,
  snippetId,
  input,
}: {
  workspaceId: string;
  snippetId?: string;
  input: SnippetInput;
}) {
  try {
    if (!snippetId) return await prisma().snippet.create({ data: { workspaceId, ...input }, select: SNIPPET_SELECT });
    const { count } = await prisma().snippet.updateMany({ where: { id: snippetId, workspaceId }, data: input });
    if (!count) throw notFound("Snippet not found");
    return await prisma().snippet.findUniqueOrThrow({ where: { id: snippetId }, select: SNIPPET_SELECT });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `The shortcut /${input.shortcut} is taken`);
    throw error;
  }
}
