import { prisma } from "@/lib/db";
import { LABEL_COLORS, type LabelColor } from "@/lib/labels/label-schema";
import type { Row } from "@/lib/typed-sql";

/** The workspace's labels by name, each with how many open chats carry it (the counts in the filter pane). */
export async function listLabels({ workspaceId }: { workspaceId: string }) {
  const rows = await prisma().$queryRaw<(Pick<Row<"Label">, "id" | "name" | "color"> & { open: number })[]>`
    SELECT l.id, l.name, l.color,
      (SELECT count(*)::int FROM "ChatLabel" cl JOIN "Chat" c ON c.id = cl."chatId" WHERE cl."labelId" = l.id AND c.status = 'OPEN') AS open
    FROM "Label" l WHERE l."workspaceId" = ${workspaceId} ORDER BY lower(l.name), l.id`;
  const color = (c: string): LabelColor =>
    (LABEL_COLORS as readonly string[]).includes(c) ? (c as LabelColor) : "slate";
  return { labels: rows.map((r) => ({ id: r.id, name: r.name, color: color(r.color), openChats: Number(r.open) })) };
}
