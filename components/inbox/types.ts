// Shapes of the inbox API responses as the browser receives them (dates as ISO strings).
import type { listChats } from "@/lib/inbox/list-chats";
import type { listMessages } from "@/lib/inbox/list-messages";
import type { getChat } from "@/lib/inbox/get-chat";

type Jsonified<T> = T extends Date ? string : T extends (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

export type ChatListPage = Jsonified<Awaited<ReturnType<typeof listChats>>>;
export type ChatRow = ChatListPage["chats"][number];
export type MessagePage = Jsonified<Awaited<ReturnType<typeof listMessages>>>;
export type ChatDetail = Jsonified<Awaited<ReturnType<typeof getChat>>>;
