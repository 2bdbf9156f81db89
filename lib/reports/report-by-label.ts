import { prisma } from "@/lib/db";
import type { ReportRow, Scope } from "@/lib/reports/report-row";
import { reportSections } from "@/lib/reports/report-sections";

/**
 * The report per workspace label, from the daily rollups like the other sections (dim "label", keyed by
 * the label's id): the events of the chats that carry it now, since putting a label on a chat or taking it
 * off moves the chat's past events (label-rollup-trigger.ts); a chat with two labels counts under both.
 */
export async function reportByLabel({ s }: { s: Scope }): Promise<(ReportRow & { name: string; color: string })[]> {
  const [rows = []] = await reportSections(s, [{ dim: "label", key: "value" }]);
  const ids = rows.map((r) => r.key);
  const labels = ids.length
    ? await prisma().label.findMany({
        where: { workspaceId: s.workspaceId, id: { in: ids } },
        select: { id: true, name: true, color: true },
      })
    : [];
  const byId = new Map(labels.map((l) => [l.id, l]));
  return rows
    .filter((r) => byId.has(r.key) && r.received + r.answered + r.resolved > 0)
    .map((r) => ({ ...r, name: byId.get(r.key)!.name, color: byId.get(r.key)!.color }))
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name));
}
