// GET /api/chats/[id]/notes - internal notes of a chat; POST - add one (never sent to the buyer)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { addChatNote } from "@/lib/inbox/add-chat-note";
import { noteInputSchema } from "@/lib/inbox/note-schema";
import { listChatNotes } from "@/lib/inbox/list-chat-notes";
import { pathId } from "@/lib/http/route-params";
import { requestTab } from "@/lib/http/request-tab";

export const GET = withMember(async ({ params, member }) =>
  NextResponse.json(await listChatNotes({ workspaceId: member.workspaceId, chatId: pathId(params) })),
);

export const POST = withMember(async ({ req, params, member }) => {
  const { text } = await parseJson(req, noteInputSchema);
  const note = await addChatNote({
    workspaceId: member.workspaceId,
    chatId: pathId(params),
    authorId: member.userId,
    text,
    origin: requestTab(req),
  });
  return NextResponse.json(note, { status: 201 });
});
