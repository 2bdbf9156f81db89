import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { emitCaseEvent } from "@/lib/negative-reviews/emit-case-event";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * The operator marks a case done (the buyer is helped; the rating may follow). Cancels the reminder
 * function on Inngest; the sweep stops on its own, since it only looks at open cases. Resolving twice
 * answers the same case.
 */
export async function resolveNegativeReviewCase({
  workspaceId,
  caseId,
  userId,
  now = new Date(),
}: {
  workspaceId: string;
  caseId: string;
  userId: string;
  now?: Date;
}) {
  const kase = await prisma().negativeReviewCase.findFirst({
    where: { id: caseId, workspaceId },
    select: { id: true, status: true },
  });
  if (!kase) throw notFound("Case not found");
  if (kase.status === "RESOLVED") return { id: kase.id, status: kase.status };
  const done = await withDomainEvent({ name: "negative-reviews/case.changed", data: { caseId, workspaceId } }, (tx) =>
    tx.negativeReviewCase.updateMany({
      where: { id: caseId, workspaceId, status: { not: "RESOLVED" } },
      data: { status: "RESOLVED", resolvedAt: now, resolvedById: userId },
    }),
  );
  if (!done.count) throw new AppError("conflict", "The case changed meanwhile; reload it");
  await emitCaseEvent({ event: "resolved", caseId });
  return { id: caseId, status: "RESOLVED" as const };
}
