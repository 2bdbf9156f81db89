import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as members from "@/app/api/members/route";
import * as invites from "@/app/api/invites/route";
import * as invite from "@/app/api/invites/[id]/route";
import * as acceptInvite from "@/app/api/invites/accept/route";
import * as chats from "@/app/api/chats/route";

// Invitations after they are sent: owners revoke unused ones (the link stops working), and accepting one as an
// existing account checks its password under sign-in's limit.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

describe("revoking an invitation", () => {
  it("the owner revokes an unused invitation; its link stops working", async () => {
    const w = await createWorkspaceFixture({ name: "Revoke", chats: 0 });
    const created = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "late@example.com" },
      userId: w.owner.id,
    });
    const token = String(created.json.url).split("/invite/")[1]!;
    const res = await callRoute(invite.DELETE, {
      method: "DELETE",
      params: { id: created.json.id },
      userId: w.owner.id,
    });
    expect(res.status).toBe(204);
    const listed = await callRoute(members.GET, { userId: w.owner.id });
    expect(listed.json.invites).toEqual([]);
    const accept = await callRoute(acceptInvite.POST, { method: "POST", body: { token, password: "long-enough-1" } });
    expect(accept.status).toBe(404);
    expect(await db.prisma.user.count({ where: { email: "late@example.com" } })).toBe(0);
    const again = await callRoute(invite.DELETE, {
      method: "DELETE",
      params: { id: created.json.id },
      userId: w.owner.id,
    });
    expect(again.status).toBe(404);
  });

  it("an accepted invitation cannot be revoked, an operator cannot revoke, another workspace's invitation is 404", async () => {
    const a = await createWorkspaceFixture({ name: "Inv A", chats: 0 });
    const b = await createWorkspaceFixture({ name: "Inv B", chats: 0 });
    const created = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "joined@example.com" },
      userId: a.owner.id,
    });
    expect(
      (await callRoute(invite.DELETE, { method: "DELETE", params: { id: created.json.id }, userId: a.operator.id }))
        .status,
    ).toBe(403);
    expect(
      (await callRoute(invite.DELETE, { method: "DELETE", params: { id: created.json.id }, userId: b.owner.id }))
        .status,
    ).toBe(404);
    const token = String(created.json.url).split("/invite/")[1]!;
    expect(
      (await callRoute(acceptInvite.POST, { method: "POST", body: { token, password: "long-enough-1" } })).status,
    ).toBe(200);
    expect(
      (await callRoute(invite.DELETE, { method: "DELETE", params: { id: created.json.id }, userId: a.owner.id }))
        .status,
    ).toBe(404);
    expect(await db.prisma.membership.count({ where: { workspaceId: a.workspace.id } })).toBe(3);
  });
});

describe("accepting an invitation as an existing account", () => {
  it("checks the account's password under sign-in's per-account limit", async () => {
    const a = await createWorkspaceFixture({ name: "Door A", chats: 0 });
    const b = await createWorkspaceFixture({ name: "Door B", chats: 0 });
    const { hashPassword } = await import("@/lib/auth/password");
    const { THROTTLE_RULES } = await import("@/lib/auth/throttle");
    await db.prisma.user.update({
      where: { id: b.owner.id },
      data: { passwordHash: await hashPassword({ password: "b-owner-password" }) },
    });
    const created = await callRoute(invites.POST, {
      method: "POST",
      body: { email: b.owner.email },
      userId: a.owner.id,
    });
    const token = String(created.json.url).split("/invite/")[1]!;
    for (let i = 0; i < THROTTLE_RULES.signInAccount.points; i++) {
      expect(
        (await callRoute(acceptInvite.POST, { method: "POST", body: { token, password: `guess-${i}-guess` } })).status,
      ).toBe(401);
    }
    const res = await callRoute(acceptInvite.POST, { method: "POST", body: { token, password: "b-owner-password" } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.prisma.membership.count({ where: { workspaceId: a.workspace.id, userId: b.owner.id } })).toBe(0);
  });
});
