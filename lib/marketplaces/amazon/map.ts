import { z } from "zod";

import { amazonLinkSchema, messagingActionsResponseSchema } from "@/lib/marketplaces/amazon/schemas";
import { parseEach } from "@/lib/marketplaces/parse-each";

/**
 * Message types Amazon offers for an order, from the HAL `_links.actions` names (or the href tail). A link
 * without an href (the spec requires one) is left out: it names no action we could call.
 */
export function offeredMessageTypes({
  response,
}: {
  response: z.infer<typeof messagingActionsResponseSchema>;
}): string[] {
  const links = parseEach({ kind: "amazon.action", items: response._links?.actions, schema: amazonLinkSchema }).items;
  const names = links.map((a) => a.name || a.href.split("?")[0]!.split("/").pop() || "");
  return [...new Set(names.filter(Boolean))];
}

/** Text-only types we can send without attachments, most generic first, with their text limits. */
export const AMAZON_TEXT_TYPES: Record<string, number> = {
  confirmOrderDetails: 2000,
  confirmDeliveryDetails: 2000,
  confirmServiceDetails: 2000,
  unexpectedProblem: 2000,
  confirmCustomizationDetails: 800,
  digitalAccessKey: 400,
};

export function pickMessageType({
  offered,
  requested,
}: {
  offered: string[];
  requested?: string | null;
}): string | null {
  if (requested) return offered.includes(requested) && requested in AMAZON_TEXT_TYPES ? requested : null;
  return Object.keys(AMAZON_TEXT_TYPES).find((t) => offered.includes(t)) ?? null;
}
