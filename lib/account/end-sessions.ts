import { prisma } from "@/lib/db";
import { recordUserAudit } from "@/lib/audit/record-audit";

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function endSessions({ userId }: { userId: string }): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordUserAudit({ db: tx, user, action: "sessions.ended" });
  });
}
