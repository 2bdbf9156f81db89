import { z } from "zod";
import { prisma } from "@/lib/db";

export const listAuditLogSchema = z.object({
  before: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The workspace's audit entries, newest first (callers check that the member is an owner). */
export async function listAuditLog({
  workspaceId,
  input,
}: {
  workspaceId: string;
  input: z.infer<typeof listAuditLogSchema>;
}) {
  const entries = await prisma().auditLog.findMany({
    where: { workspaceId, ...(input.before ? { createdAt: { lt: new Date(input.before) } } : {}) },
    orderBy: { createdAt: "desc" },
    take: input.limit,
    select: { id: true, action: true, actorEmail: true, targetEmail: true, details: true, createdAt: true },
  });
  return { entries };
}
