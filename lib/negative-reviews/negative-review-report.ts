import { z } from "zod";
import { prisma } from "@/lib/db";
import { summarizeCases, type CaseSummary } from "@/lib/negative-reviews/summarize-cases";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

export const reportQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) });

type Row = { key: string; label: string | null } & CaseSummary;

/**
 * Cases opened in the last `days` days, per marketplace and per operator. The operator is whoever
 * resolved the case, else the linked chat's assignee; cases with neither are "unassigned".
 */
export async function negativeReviewReport({
  workspaceId,
  query,
  now = new Date(),
}: {
  workspaceId: string;
  query: z.infer<typeof reportQuerySchema>;
  now?: Date;
}) {
  // Elapsed time: the last N × 24 h, like the case deadlines the report is about.
  const since = elapsedDaysAfter({ at: now, days: -query.days });
  const cases = await prisma().negativeReviewCase.findMany({
    where: { workspaceId, openedAt: { gte: since } },
    select: {
      marketplace: true,
      status: true,
      originalRating: true,
      finalRating: true,
      firstResponseMs: true,
      deadlineAt: true,
      resolvedAt: true,
      resolvedBy: { select: { id: true, name: true, email: true } },
      chat: { select: { assignee: { select: { id: true, name: true, email: true } } } },
    },
  });
  const byMarketplace = group(cases, (c) => ({ key: c.marketplace, label: null }));
  const byOperator = group(cases, (c) => {
    const who = c.resolvedBy ?? c.chat?.assignee ?? null;
    return who ? { key: who.id, label: who.name ?? who.email } : { key: "unassigned", label: null };
  });
  return { days: query.days, since, total: summarizeCases(cases), byMarketplace, byOperator };
}

function group<T extends Parameters<typeof summarizeCases>[0][number]>(
  cases: T[],
  keyOf: (c: T) => { key: string; label: string | null },
): Row[] {
  const groups = new Map<string, { label: string | null; items: T[] }>();
  for (const c of cases) {
    const { key, label } = keyOf(c);
    const g = groups.get(key) ?? { label, items: [] };
    g.items.push(c);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, label: g.label, ...summarizeCases(g.items) }))
    .sort((a, b) => b.cases - a.cases);
}
