import { AppError } from "@/lib/errors";

// Open live streams are held per instance (memory, a subscription, two timers each): a member or a
// workspace opening them without end would take the instance from everyone. A tab holds one stream, so
// a member rarely needs more than a few; one past the cap is refused with 429 and that tab polls
// (components/inbox/live-stream.ts retries it later).
export const MAX_STREAMS_PER_MEMBER = 10;
export const MAX_STREAMS_PER_WORKSPACE = 500;

const globalForSlots = globalThis as unknown as { __agentiqStreamSlots?: { members: Map<string, number>; workspaces: Map<string, number> } };

function slots() {
  globalForSlots.__agentiqStreamSlots ??= { members: new Map(), workspaces: new Map() };
  return globalForSlots.__agentiqStreamSlots;
}

const add = (map: Map<string, number>, key: string, by: number) => {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
};

/** Takes one stream slot of the member and of their workspace, or refuses with 429; the returned function gives it back (once). */
export function takeStreamSlot({
  workspaceId,
  userId,
  perMember = MAX_STREAMS_PER_MEMBER,
  perWorkspace = MAX_STREAMS_PER_WORKSPACE,
}: {
  workspaceId: string;
  userId: string;
  perMember?: number;
  perWorkspace?: number;
}): () => void {
  const { members, workspaces } = slots();
  const member = `${workspaceId}:${userId}`;
  if ((members.get(member) ?? 0) >= perMember || (workspaces.get(workspaceId) ?? 0) >= perWorkspace) {
    throw new AppError("rate_limited", "Too many open live streams", { details: { reason: "too_many_streams", retryAfterSeconds: 30 } });
  }
  add(members, member, 1);
  add(workspaces, workspaceId, 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    add(members, member, -1);
    add(workspaces, workspaceId, -1);
  };
}
