import { z } from "zod";

import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import { normalizePhone } from "@/lib/review-requests/normalize-phone";
import { phoneProblemText } from "@/lib/review-requests/webhook-reason";
import { addOptOutSchema, type AddOptOutInput } from "@/lib/review-requests/opt-out-schema";

// The stop list: a phone (any format, stored E.164) or an email. Honoured for every channel.

export type OptOutView = { id: string; contact: string; note: string | null; createdAt: string };

export function normalizeOptOutContact(raw: string): string {
  const value = raw.trim();
  if (value.includes("@")) {
    const email = z.email().safeParse(value.toLowerCase());
    if (!email.success) throw new AppError("bad_request", "Not a valid email address");
    return email.data;
  }
  const phone = normalizePhone({ raw: value });
  if (!phone.ok) {
    const [ru, en] = (["ru", "en"] as const).map((locale) => phoneProblemText(phone.problem, locale));
    throw new AppError("bad_request", en!, { details: { reason: phone.problem.code, ru, en } });
  }
  return phone.e164;
}

export async function listOptOuts({ workspaceId }: { workspaceId: string }): Promise<{ optOuts: OptOutView[] }> {
  const rows = await prisma().reviewOptOut.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: 500,
  });
  return { optOuts: rows.map(toView) };
}

export async function addOptOut({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: AddOptOutInput;
}): Promise<OptOutView> {
  const { contact, note } = addOptOutSchema.parse(input);
  const normalized = normalizeOptOutContact(contact);
  try {
    return toView(
      await prisma().reviewOptOut.create({ data: { workspaceId, contact: normalized, note: note || null } }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "Already in the stop list");
    throw error;
  }
}

export async function removeOptOut({
  workspaceId,
  optOutId,
}: {
  workspaceId: string;
  optOutId: string;
}): Promise<void> {
  const deleted = await prisma().reviewOptOut.deleteMany({ where: { id: optOutId, workspaceId } });
  if (deleted.count === 0) throw notFound("Not in the stop list");
}

function toView(row: { id: string; contact: string; note: string | null; createdAt: Date }): OptOutView {
  return { id: row.id, contact: row.contact, note: row.note, createdAt: row.createdAt.toISOString() };
}
