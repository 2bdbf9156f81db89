import { z } from "zod";
import { prisma } from "@/lib/db";

export const draftAcceptanceInputSchema = z.object({
  workspaceId: z.string().min(1),
  from: z.coerce.date(),
  to: z.coerce.date(),
  /** Only this member's decisions (an operator's own report); all of the workspace's when absent. */
  userId: z.string().min(1).nullish(),
});

export type AcceptanceRow = {
  total: number;
  inserted: number;
  edited: number;
  discarded: number;
  regenerated: number;
  noReply: number;
  /** Share of drafts used (as is, edited, or the no-reply suggestion taken); null with no drafts. */
  acceptance: number | null;
  /** Mean edit distance of the edited drafts, in characters; null when none was edited. */
  meanEditDistance: number | null;
};

export type DraftAcceptance = {
  overall: AcceptanceRow;
  byKind: Record<string, AcceptanceRow>;
  byMarketplace: Record<string, AcceptanceRow>;
};

type Group = {
  marketplace: string;
  kind: string;
  outcome: string;
  _count: { _all: number };
  _sum: { editDistance: number | null };
};

function rowOf(groups: Group[]): AcceptanceRow {
  const count = (outcome: string) => groups.filter((g) => g.outcome === outcome).reduce((n, g) => n + g._count._all, 0);
  const total = groups.reduce((n, g) => n + g._count._all, 0);
  const [inserted, edited, discarded, regenerated, noReply] = [
    "inserted",
    "edited",
    "discarded",
    "regenerated",
    "no_reply",
  ].map(count) as [number, number, number, number, number];
  const editSum = groups.filter((g) => g.outcome === "edited").reduce((n, g) => n + (g._sum.editDistance ?? 0), 0);
  return {
    total,
    inserted,
    edited,
    discarded,
    regenerated,
    noReply,
    acceptance: total ? (inserted + edited + noReply) / total : null,
    meanEditDistance: edited ? editSum / edited : null,
  };
}

function groupBy(groups: Group[], key: "kind" | "marketplace"): Record<string, AcceptanceRow> {
  const keys = [...new Set(groups.map((g) => g[key]))].sort();
  return Object.fromEntries(keys.map((k) => [k, rowOf(groups.filter((g) => g[key] === k))]));
}

/**
 * How the workspace's AI drafts fared between `from` and `to` (by when the decision was made): per
 * chat kind (CHAT, QUESTION, REVIEW) and per marketplace. For the owners' reports.
 */
export async function getDraftAcceptance(input: z.input<typeof draftAcceptanceInputSchema>): Promise<DraftAcceptance> {
  const { workspaceId, from, to, userId } = draftAcceptanceInputSchema.parse(input);
  const raw = await prisma().aiDraftOutcome.groupBy({
    by: ["marketplace", "kind", "outcome"],
    where: { workspaceId, createdAt: { gte: from, lt: to }, ...(userId ? { userId } : {}) },
    _count: { _all: true },
    _sum: { editDistance: true },
  });
  const groups: Group[] = raw.map((g) => ({
    marketplace: g.marketplace,
    kind: g.kind,
    outcome: g.outcome,
    _count: { _all: g._count._all },
    _sum: { editDistance: g._sum.editDistance },
  }));
  return { overall: rowOf(groups), byKind: groupBy(groups, "kind"), byMarketplace: groupBy(groups, "marketplace") };
}
