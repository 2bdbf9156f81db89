import { z } from "zod";
import { DEFAULT_SORT, DEFAULT_VIEW, KINDS, SORTS, VIEWS, type InboxSort } from "@/lib/inbox/inbox-views";
import { marketplaceParamSchema } from "@/lib/marketplaces/marketplace-schema";
import { calendarDaySchema } from "@/lib/reports/business-hours";

export const chatListQuerySchema = z.object({
  // Old links spell it OZON or YANDEX_MARKET: read as today's id.
  marketplace: marketplaceParamSchema.optional(),
  view: z.enum(VIEWS).default(DEFAULT_VIEW),
  sort: z.enum(SORTS).default(DEFAULT_SORT),
  q: z.string().trim().max(200).optional(),
  // From a report's chart (lib/reports/report-drill-sql.ts): a kind, days the buyers wrote, an operator ("" nobody).
  kind: z.enum(KINDS).optional(),
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
  operator: z.string().max(100).optional(),
  label: z.string().min(1).max(100).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ChatListQuery = z.infer<typeof chatListQuerySchema>;

// Keyset cursor: the last row's sort key (urgency key or lastMessageAt) and id, tagged with the sort it
// belongs to. Stable under inserts and O(limit) per page at any depth.
export type ListCursor = { sort: InboxSort; key: Date; id: string };

export function encodeCursor({ sort, key, id }: ListCursor): string {
  return Buffer.from(`${sort}|${key.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): ListCursor | null {
  const [sort, iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const key = new Date(iso ?? "");
  if (!id || !(SORTS as readonly string[]).includes(sort ?? "") || Number.isNaN(key.getTime())) return null;
  return { sort: sort as InboxSort, key, id };
}
