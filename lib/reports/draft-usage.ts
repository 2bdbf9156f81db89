import { getDraftAcceptance, type AcceptanceRow } from "@/lib/ai/outcomes/get-draft-acceptance";

// AI draft usage for the report: what became of the drafts whose fate was decided in the range (lib/ai
// records each outcome): inserted as is, edited, discarded, regenerated, the no-reply suggestion taken,
// and the share used overall, per chat kind and per marketplace. Workspace-wide figures, so owners only.
export type DraftUsage = {
  total: number;
  insertedAsIs: number;
  edited: number;
  discarded: number;
  regenerated: number;
  noReply: number;
  acceptance: number | null;
  byKind: Record<string, AcceptanceRow>;
  byMarketplace: Record<string, AcceptanceRow>;
};

export async function getDraftUsage({
  workspaceId,
  role,
  from,
  to,
}: {
  workspaceId: string;
  role: "OWNER" | "OPERATOR";
  from: Date;
  to: Date;
}): Promise<DraftUsage | null> {
  if (role !== "OWNER") return null;
  const { overall, byKind, byMarketplace } = await getDraftAcceptance({ workspaceId, from, to });
  return {
    total: overall.total,
    insertedAsIs: overall.inserted,
    edited: overall.edited,
    discarded: overall.discarded,
    regenerated: overall.regenerated,
    noReply: overall.noReply,
    acceptance: overall.acceptance,
    byKind,
    byMarketplace,
  };
}
