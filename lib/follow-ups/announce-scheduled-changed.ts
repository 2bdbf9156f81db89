import type { Publish } from "@/lib/events/bus";

/** One follow-ups/scheduled.changed per chat whose scheduled messages changed (the stream's subscriber records it). */
export async function announceScheduledChanged({
  publish,
  rows,
}: {
  publish: Publish;
  rows: { workspaceId: string; chatId: string }[];
}): Promise<void> {
  const seen = new Set<string>();
  for (const { workspaceId, chatId } of rows) {
    const key = `${workspaceId}:${chatId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await publish({ name: "follow-ups/scheduled.changed", data: { workspaceId, chatId } });
  }
}
