// Adapter: AI draft usage for the report (inserted as is / edited / discarded). The drafting side
// (lib/ai) does not yet record what became of each draft; until it exports those figures this answers
// null and the report says the figures are not available. Replace the body with a call to lib/ai's
// export, keeping this shape.
export type DraftUsage = { insertedAsIs: number; edited: number; discarded: number };

export async function getDraftUsage(_: { workspaceId: string; userId: string | null; from: Date; to: Date }): Promise<DraftUsage | null> {
  return null;
}
