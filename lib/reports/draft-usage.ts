import { getDraftAcceptance } from "@/lib/ai/outcomes/get-draft-acceptance";

// AI draft usage for the report: what became of the drafts whose fate was decided in the range (lib/ai
// records each outcome). Workspace-wide figures, so owners only: drafts are not attributed to operators.
export type DraftUsage = { total: number; insertedAsIs: number; edited: number; discarded: number; acceptance: number | null };

export async function getDraftUsage({ workspaceId, role, from, to }: { workspaceId: string; role: "OWNER" | "OPERATOR"; from: Date; to: Date }): Promise<DraftUsage | null> {
  if (role !== "OWNER") return null;
  const { overall } = await getDraftAcceptance({ workspaceId, from, to });
  return { total: overall.total, insertedAsIs: overall.inserted, edited: overall.edited, discarded: overall.discarded, acceptance: overall.acceptance };
}
