import { prisma } from "@/lib/db";

/** A workspace's report rollups in a fixed order: to compare what the write paths left with a rebuild. */
export async function reportRollupsSnapshot(workspaceId: string) {
  return [
    await prisma().reportCounter.findMany({
      where: { workspaceId },
      orderBy: [{ scope: "asc" }, { dim: "asc" }, { day: "asc" }, { value: "asc" }],
    }),
    await prisma().reportHistogram.findMany({
      where: { workspaceId },
      orderBy: [
        { scope: "asc" },
        { dim: "asc" },
        { metric: "asc" },
        { clock: "asc" },
        { day: "asc" },
        { value: "asc" },
        { bucket: "asc" },
      ],
    }),
  ];
}
