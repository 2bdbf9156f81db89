// GET /api/chats/matching - how many chats the list's filter matches (the "all N" of bulk selection)
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { bulkFilterSchema } from "@/lib/bulk/bulk-schema";
import { countMatchingChats } from "@/lib/bulk/select-chat-ids";

export const GET = withMember(async ({ req, member }) => {
  const filter = bulkFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(
    await countMatchingChats({ workspaceId: member.workspaceId, userId: member.userId, filter }),
  );
});
