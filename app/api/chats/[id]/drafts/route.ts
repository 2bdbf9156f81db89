// GET /api/chats/[id]/drafts - the latest stored AI draft; POST - write a new one, streamed as server-sent events
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { toEventStream, EVENT_STREAM_HEADERS } from "@/lib/inbox/draft-event-stream";
import { generateDraft } from "@/lib/inbox/generate-draft";
import { getLatestDraft } from "@/lib/inbox/get-latest-draft";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await getLatestDraft({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);

export const POST = withMember(async ({ req, params, member, requestId }) => {
  const events = await generateDraft({ workspaceId: member.workspaceId, chatId: pathId(params), signal: req.signal });
  return new Response(toEventStream(events, { requestId }), { headers: EVENT_STREAM_HEADERS });
});
