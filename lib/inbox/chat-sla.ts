import { DEFAULT_SLA_MINUTES, type ChatKindName } from "@/lib/ingest/refresh-chat-state";

/** When the reply is due; null when nobody is waiting for one. */
export function effectiveDueAt(chat: {
  kind: ChatKindName;
  slaDueAt: Date | null;
  awaitingReplySince: Date | null;
}): Date | null {
  if (!chat.awaitingReplySince) return null;
  return chat.slaDueAt ?? new Date(chat.awaitingReplySince.getTime() + DEFAULT_SLA_MINUTES[chat.kind] * 60_000);
}

// The urgency sort key as one timestamp, so one btree serves "overdue first": chats awaiting a reply
// sort by their due time; the rest come after them (from year 3000 on), most recent message first.
// The expression index "Chat_urgency_idx" (migration inbox_panes) must use exactly this expression
// (chat-sla.test.ts checks it), or the planner sorts the whole workspace on every page.
const FAR = "TIMESTAMP '3000-01-01 00:00:00'";
export function urgencyKeySql(alias?: string): string {
  const col = (name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);
  return (
    `(CASE WHEN ${col("awaitingReplySince")} IS NULL THEN ${FAR} + (${FAR} - ${col("lastMessageAt")}) ` +
    `ELSE COALESCE(${col("slaDueAt")}, ${col("awaitingReplySince")} + CASE ${col("kind")} ` +
    `WHEN 'QUESTION' THEN INTERVAL '${DEFAULT_SLA_MINUTES.QUESTION} minutes' ` +
    `WHEN 'REVIEW' THEN INTERVAL '${DEFAULT_SLA_MINUTES.REVIEW} minutes' ` +
    `ELSE INTERVAL '${DEFAULT_SLA_MINUTES.CHAT} minutes' END) END)`
  );
}
