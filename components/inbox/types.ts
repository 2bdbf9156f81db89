// Shapes of the inbox API responses as the browser receives them (dates as ISO strings).
import type { countNeedsReply } from "@/lib/inbox/count-needs-reply";
import type { getChat } from "@/lib/inbox/get-chat";
import type { listChatNotes } from "@/lib/inbox/list-chat-notes";
import type { listChats } from "@/lib/inbox/list-chats";
import type { listMessages } from "@/lib/inbox/list-messages";
import type { listSnippets } from "@/lib/inbox/list-snippets";
import type { listMembers } from "@/lib/workspace/list-members";

/** What JSON makes of a server type (dates become strings): the shape of an API response in the browser. */
export type Jsonified<T> = T extends Date ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

export type ChatListPage = Jsonified<Awaited<ReturnType<typeof listChats>>>;
export type ChatRow = ChatListPage["chats"][number];
export type MessagePage = Jsonified<Awaited<ReturnType<typeof listMessages>>>;
export type ThreadMessage = MessagePage["messages"][number];
export type ChatDetail = Jsonified<Awaited<ReturnType<typeof getChat>>>;
export type NeedsReplyCounts = Jsonified<Awaited<ReturnType<typeof countNeedsReply>>>;
export type NoteList = Jsonified<Awaited<ReturnType<typeof listChatNotes>>>;
export type ChatNote = NoteList["notes"][number];
export type SnippetList = Jsonified<Awaited<ReturnType<typeof listSnippets>>>;
export type MemberList = Jsonified<Awaited<ReturnType<typeof listMembers>>>;
export type Me = { id: string; name: string | null; role: "OWNER" | "OPERATOR" };
