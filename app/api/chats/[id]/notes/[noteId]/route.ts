// DELETE /api/chats/[id]/notes/[noteId] - remove an internal note (its author or an owner)
import { withMember } from "@/lib/http/route";
import { deleteChatNote } from "@/lib/inbox/delete-chat-note";
import { pathId } from "@/lib/http/route-params";
import { requestTab } from "@/lib/http/request-tab";

export const DELETE = withMember(async ({ req, params, member }) => {
  await deleteChatNote({
    member,
    chatId: pathId(params),
    noteId: pathId(params, "noteId"),
    origin: requestTab(req),
  });
  return new Response(null, { status: 204 });
});
