// GET /api/events - the member's live stream of changes and presence (server-sent events)
import { requestTab } from "@/lib/http/request-tab";
import { memberFromRequest, withMember } from "@/lib/http/route";
import { openEventStream } from "@/lib/stream/open-event-stream";
import { takeStreamSlot } from "@/lib/stream/stream-slots";

export const dynamic = "force-dynamic";

export const GET = withMember(async ({ req, member }) => {
  // The browser's EventSource resends the last id it saw; ?after= serves clients that cannot set headers.
  const last = req.headers.get("last-event-id") ?? req.nextUrl.searchParams.get("after");
  const release = await takeStreamSlot({ workspaceId: member.workspaceId, userId: member.userId });
  const stream = openEventStream({
    onClose: release,
    // The tab's presence rides on its stream (renewed here), so an idle tab sends no beats.
    tab: requestTab(req),
    name: member.name || member.email,
    workspaceId: member.workspaceId,
    userId: member.userId,
    lastEventId: last && /^\d{1,18}$/.test(last) ? BigInt(last) : null,
    signal: req.signal,
    // Signed out everywhere, removed or moved to another workspace: the stream ends.
    sessionValid: async () => (await memberFromRequest(req))?.workspaceId === member.workspaceId,
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
