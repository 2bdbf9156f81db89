import { ACCOUNT_VIEW_SELECT, accountView, type AccountView } from "@/lib/accounts/account-view";
import { prisma } from "@/lib/db";

/** The workspace's marketplace accounts; webhook URLs (they carry a secret) only for owners. */
export async function listAccounts({
  workspaceId,
  origin,
  showWebhookUrls,
}: {
  workspaceId: string;
  origin: string;
  showWebhookUrls: boolean;
}): Promise<{ accounts: AccountView[] }> {
  const rows = await prisma().marketplaceAccount.findMany({
    where: { workspaceId },
    select: ACCOUNT_VIEW_SELECT,
    orderBy: [{ marketplace: "asc" }, { createdAt: "asc" }],
  });
  return { accounts: rows.map((account) => accountView({ account, origin, showWebhookUrl: showWebhookUrls })) };
}
