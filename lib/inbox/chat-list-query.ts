import { z } from "zod";

export const MARKETPLACES = ["WILDBERRIES", "OZON", "YANDEX_MARKET", "AVITO", "AMAZON"] as const;
export const VIEWS = ["needs_reply", "all", "mine", "resolved", "questions", "reviews"] as const;

export const chatListQuerySchema = z.object({
  marketplace: z.enum(MARKETPLACES).optional(),
  view: z.enum(VIEWS).default("all"),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ChatListQuery = z.infer<typeof chatListQuerySchema>;

// Keyset cursor over (lastMessageAt desc, id desc): stable under inserts, O(limit) per page.
export function encodeCursor({ lastMessageAt, id }: { lastMessageAt: Date; id: string }): string {
  return Buffer.from(`${lastMessageAt.toISOString()}|${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { lastMessageAt: Date; id: string } | null {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const lastMessageAt = new Date(iso ?? "");
  if (!id || Number.isNaN(lastMessageAt.getTime())) return null;
  return { lastMessageAt, id };
}
