// The workspace npm run bench:realtime runs on: an Ozon account on the simulator, one chat per push known to
// both sides, and one member per stream with a session token each.
import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import { webhookSecretData } from "@/lib/accounts/webhook-secret";
import { encryptSecret } from "@/lib/crypto/credentials";
import type { Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import type { Simulator } from "@/lib/marketplaces/simulator/server";

export async function seedRealtimeBench({
  db,
  sim,
  keys,
  chats: chatCount,
  streams,
}: {
  db: Database;
  sim: Simulator;
  keys: { appKey: string; authSecret: string; webhookSecret: string };
  chats: number;
  streams: number;
}) {
  await applyMigrations({ db });
  const workspace = await db.prisma.workspace.create({ data: { name: "bench realtime" } });
  const user = await db.prisma.user.create({
    data: { email: `bench-${crypto.randomBytes(4).toString("hex")}@example.com`, name: "Bench" },
  });
  await db.prisma.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
  const account = await db.prisma.marketplaceAccount.create({
    data: {
      workspaceId: workspace.id,
      marketplace: "ozon",
      name: "bench ozon",
      credentialsEnc: encryptSecret({ plaintext: JSON.stringify(sim.credentials.ozon), key: keys.appKey }),
      baseUrls: sim.baseUrls.ozon,
      ...webhookSecretData({ secret: keys.webhookSecret }),
    },
  });
  // One chat per push, known to both sides: the stream's change names the chat, so each push is timed on its own.
  const chats: { id: string; externalId: string }[] = [];
  for (let i = 0; i < chatCount; i++) {
    const externalId = sim.control.injectBuyerMessage({ marketplace: "ozon", text: `Начало чата ${i}` }).chatId;
    const chat = await db.prisma.chat.create({
      data: {
        workspaceId: workspace.id,
        accountId: account.id,
        marketplace: "ozon",
        externalId,
        customerName: `Покупатель ${i}`,
      },
      select: { id: true },
    });
    chats.push({ id: chat.id, externalId });
  }
  const token = await encode({ token: { sub: user.id, workspaceId: workspace.id }, secret: keys.authSecret });
  // One member per stream, as in a team (a member's own streams are capped, lib/stream/stream-slots.ts).
  const streamTokens: string[] = [];
  for (let s = 0; s < streams; s++) {
    const member = await db.prisma.user.create({
      data: { email: `bench-${s}-${crypto.randomBytes(4).toString("hex")}@example.com`, name: `Оператор ${s}` },
    });
    await db.prisma.membership.create({ data: { workspaceId: workspace.id, userId: member.id, role: "OPERATOR" } });
    streamTokens.push(await encode({ token: { sub: member.id, workspaceId: workspace.id }, secret: keys.authSecret }));
  }
  return { workspaceId: workspace.id, chats, token, streamTokens, chatId: chats[0]!.id };
}
