import { prisma } from "@/lib/db";
import { createReviewIntegration } from "@/lib/review-requests/create-review-integration";
import type { SourceSlug } from "@/lib/review-requests/source-slug";
import { SOURCE_SLUGS } from "@/lib/review-requests/source-slug";

// Well-known keys for the demo workspace only (listed in the README), so the curl examples work
// out of the box. Every other integration gets a random key, shown once.
export const DEMO_INTEGRATION_KEYS: Readonly<Record<SourceSlug, string>> = {
  iiko: "demo-iiko",
  rkeeper: "demo-rkeeper",
  yclients: "demo-yclients",
  amocrm: "demo-amocrm",
};

/** Connects the four POS/CRM sources to the demo workspace once, with the README's keys. */
export async function seedDemoIntegrations({ workspaceId }: { workspaceId: string }): Promise<{ created: number }> {
  const db = prisma();
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { isDemo: true } });
  if (!workspace?.isDemo) throw new Error("Demo integration keys belong to the demo workspace only");
  const existing = new Set(
    (await db.reviewIntegration.findMany({ where: { workspaceId }, select: { source: true } })).map((row) =>
      row.source.toLowerCase(),
    ),
  );
  let created = 0;
  for (const slug of SOURCE_SLUGS) {
    if (existing.has(slug)) continue;
    await createReviewIntegration({ workspaceId, input: { source: slug }, key: DEMO_INTEGRATION_KEYS[slug] });
    created += 1;
  }
  return { created };
}
