/** A chat of GET /api/chats as the list tests read it. */
export type ChatRow = {
  id: string;
  customerName: string;
  dueAt: string | null;
  kind: string;
  assignee: { id: string; name: string } | null;
};

/** The customer names of a GET /api/chats answer, in its order. */
export const names = (res: { json: { chats: ChatRow[] } }) => res.json.chats.map((c) => c.customerName);
