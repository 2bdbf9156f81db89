// Shapes of the inbox API responses as the browser receives them (dates as ISO strings).
import type { ApiResult } from "@/components/api/types";
import type { countNeedsReply } from "@/lib/inbox/count-needs-reply";
import type { getChat } from "@/lib/inbox/get-chat";
import type { listChatNotes } from "@/lib/inbox/list-chat-notes";
import type { listChats } from "@/lib/inbox/list-chats";
import type { listMessages } from "@/lib/inbox/list-messages";
import type { listSnippets } from "@/lib/inbox/list-snippets";
import type { listMembers } from "@/lib/workspace/list-members";

export type ChatListPage = ApiResult<typeof listChats>;
export type ChatRow = ChatListPage["chats"][number];
export type MessagePage = ApiResult<typeof listMessages>;
export type ThreadMessage = MessagePage["messages"][number];
export type ChatDetail = ApiResult<typeof getChat>;
export type NeedsReplyCounts = ApiResult<typeof countNeedsReply>;
export type NoteList = ApiResult<typeof listChatNotes>;
export type ChatNote = NoteList["notes"][number];
export type SnippetList = ApiResult<typeof listSnippets>;
export type MemberList = ApiResult<typeof listMembers>;
export type Me = { id: string; name: string | null; role: "OWNER" | "OPERATOR" };
