import { getDraftAcceptance, type AcceptanceRow } from "@/lib/ai/outcomes/get-draft-acceptance";

// AI draft usage for the report, from what lib/ai records for each draft (lib/ai/outcomes): inserted
// as is, edited, discarded, regenerated, the no-reply suggestion taken; acceptance overall, per chat
// kind and per marketplace. An operator's report counts only their own decisions.
export type DraftUsage = {
  insertedAsIs: number;
  edited: number;
  discarded: number;
  regenerated: number;
  noReply: number;
  acceptance: number | null;
  meanEditDistance: number | null;
  byKind: Record<string, AcceptanceRow>;
  byMarketplace: Record<string, AcceptanceRow>;
};

export async function getDraftUsage({ workspaceId, userId, from, to }: { workspaceId: string; userId: string | null; from: Date; to: Date }): Promise<DraftUsage | null> {
  const { overall, byKind, byMarketplace } = await getDraftAcceptance({ workspaceId, userId, from, to });
  if (overall.total === 0) return null;
  return {
    insertedAsIs: overall.inserted,
    edited: overall.edited,
    discarded: overall.discarded,
    regenerated: overall.regenerated,
    noReply: overall.noReply,
    acceptance: overall.acceptance,
    meanEditDistance: overall.meanEditDistance,
    byKind,
    byMarketplace,
  };
}
