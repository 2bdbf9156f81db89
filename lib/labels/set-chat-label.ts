import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { LABEL_SELECT } from "@/lib/labels/label-schema";
import { withDomainEvent } from "@/lib/events/bus";

/** Puts a label of the workspace on one of its chats, or takes it off; repeating either changes nothing. */
export async function setChatLabel({
  workspaceId,
  chatId,
  labelId,
  on,
}: {
  workspaceId: string;
  chatId: string;
  labelId: string;
  on: boolean;
}) {
  const [chat, label] = await Promise.all([
    prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } }),
    prisma().label.findFirst({ where: { id: labelId, workspaceId }, select: { id: true } }),
  ]);
  if (!chat) throw notFound("Chat not found");
  if (!label) throw notFound("Label not found");
  await withDomainEvent(
    { name: "inbox/chats.updated", data: { workspaceId, chatIds: [chatId], queueChanged: false, at: new Date() } },
    (tx) =>
      on
        ? tx.chatLabel.createMany({ data: [{ chatId, labelId }], skipDuplicates: true })
        : tx.chatLabel.deleteMany({ where: { chatId, labelId } }),
  );
  return chatLabels({ chatId });
}

export async function chatLabels({ chatId }: { chatId: string }) {
  const rows = await prisma().chatLabel.findMany({
    where: { chatId },
    select: { label: { select: LABEL_SELECT } },
    orderBy: { label: { name: "asc" } },
  });
  return { labels: rows.map((r) => r.label) };
}
