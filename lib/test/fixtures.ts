import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";

/** A workspace with an owner, an operator, one account and a few chats with messages. */
export async function createWorkspaceFixture({ name, chats = 3 }: { name: string; chats?: number }) {
  const db = prisma();
  const tag = crypto.randomBytes(4).toString("hex");
  const workspace = await db.workspace.create({ data: { name } });
  const owner = await db.user.create({ data: { email: `owner-${tag}@example.com`, name: `${name} owner` } });
  const operator = await db.user.create({ data: { email: `operator-${tag}@example.com`, name: `${name} operator` } });
  await db.membership.createMany({
    data: [
      { workspaceId: workspace.id, userId: owner.id, role: "OWNER" },
      { workspaceId: workspace.id, userId: operator.id, role: "OPERATOR" },
    ],
  });
  const account = await db.marketplaceAccount.create({
    data: {
      workspaceId: workspace.id,
      marketplace: "wildberries",
      name: `${name} WB`,
      credentialsEnc: encryptSecret({
        plaintext: JSON.stringify({ token: `secret-${tag}` }),
        key: env().APP_ENCRYPTION_KEY,
      }),
      // Never a real marketplace host in tests: a closed local port if anything tries to call it.
      baseUrls: { chat: "http://127.0.0.1:9", feedbacks: "http://127.0.0.1:9" },
    },
  });
  const chatIds: string[] = [];
  for (let i = 0; i < chats; i++) {
    const chat = await db.chat.create({
      data: {
        workspaceId: workspace.id,
        accountId: account.id,
        marketplace: "wildberries",
        externalId: `${tag}-${i}`,
        customerName: `${name} buyer ${i}`,
        lastMessageAt: new Date(Date.now() - i * 60_000),
        lastMessagePreview: `${name} message ${i}`,
        messages: { create: [{ author: "BUYER", text: `${name} message ${i}`, externalId: `m-${tag}-${i}` }] },
      },
    });
    chatIds.push(chat.id);
  }
  return { workspace, owner, operator, account, chatIds };
}
