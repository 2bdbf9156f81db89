import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as members from "@/app/api/members/route";
import * as member from "@/app/api/members/[id]/route";
import * as invites from "@/app/api/invites/route";
import * as invite from "@/app/api/invites/[id]/route";
import * as auditLog from "@/app/api/audit-log/route";
import * as chats from "@/app/api/chats/route";

// Off-boarding: owners remove members, change roles and revoke invitations; the sessions of a removed
// or demoted member end at once; the workspace always keeps an owner; every action is audit-logged.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

async function addOwner(workspaceId: string, email: string) {
  const user = await db.prisma.user.create({ data: { email } });
  await db.prisma.membership.create({ data: { workspaceId, userId: user.id, role: "OWNER" } });
  return user;
}

describe("removing a member", () => {
  it("ends the removed member's sessions: their token gets 401 on the next call", async () => {
    const w = await createWorkspaceFixture({ name: "Remove", chats: 1 });
    await db.prisma.chat.updateMany({ where: { workspaceId: w.workspace.id }, data: { assigneeId: w.operator.id } });
    expect((await callRoute(chats.GET, { userId: w.operator.id })).status).toBe(200);

    const res = await callRoute(member.DELETE, { method: "DELETE", params: { id: w.operator.id }, userId: w.owner.id });
    expect(res.status).toBe(204);
    expect((await callRoute(chats.GET, { userId: w.operator.id })).status).toBe(401);
    expect(await db.prisma.membership.count({ where: { workspaceId: w.workspace.id, userId: w.operator.id } })).toBe(0);
    // Their chats go back to the team.
    expect(await db.prisma.chat.count({ where: { workspaceId: w.workspace.id, assigneeId: w.operator.id } })).toBe(0);
    // The owner's own session is untouched.
    expect((await callRoute(chats.GET, { userId: w.owner.id })).status).toBe(200);
  });

  it("a removed member who belongs to another workspace must sign in again too", async () => {
    const a = await createWorkspaceFixture({ name: "Multi A", chats: 0 });
    const b = await createWorkspaceFixture({ name: "Multi B", chats: 0 });
    await db.prisma.membership.create({
      data: { workspaceId: b.workspace.id, userId: a.operator.id, role: "OPERATOR" },
    });
    await callRoute(member.DELETE, { method: "DELETE", params: { id: a.operator.id }, userId: a.owner.id });
    const res = await callRoute(chats.GET, { userId: a.operator.id, workspaceId: a.workspace.id });
    expect(res.status).toBe(401);
  });

  it("is for owners only", async () => {
    const w = await createWorkspaceFixture({ name: "Operators", chats: 0 });
    const res = await callRoute(member.DELETE, { method: "DELETE", params: { id: w.owner.id }, userId: w.operator.id });
    expect(res.status).toBe(403);
    expect(await db.prisma.membership.count({ where: { workspaceId: w.workspace.id } })).toBe(2);
  });

  it("never removes the last owner, not even by themselves", async () => {
    const w = await createWorkspaceFixture({ name: "Last", chats: 0 });
    const res = await callRoute(member.DELETE, { method: "DELETE", params: { id: w.owner.id }, userId: w.owner.id });
    expect(res.status).toBe(409);
    expect(res.json.error.details.reason).toBe("last_owner");
    expect(
      await db.prisma.membership.findFirst({ where: { workspaceId: w.workspace.id, userId: w.owner.id } }),
    ).toMatchObject({ role: "OWNER" });
  });

  it("answers 404 for another workspace's member, like a missing one, and changes nothing", async () => {
    const a = await createWorkspaceFixture({ name: "Iso A", chats: 0 });
    const b = await createWorkspaceFixture({ name: "Iso B", chats: 0 });
    const foreign = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: b.operator.id },
      userId: a.owner.id,
    });
    const missing = await callRoute(member.DELETE, { method: "DELETE", params: { id: "nobody" }, userId: a.owner.id });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
    const patch = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: b.owner.id },
      body: { role: "OPERATOR" },
      userId: a.owner.id,
    });
    expect(patch.status).toBe(404);
    expect(await db.prisma.membership.count({ where: { workspaceId: b.workspace.id } })).toBe(2);
    expect(
      (await db.prisma.membership.findFirst({ where: { workspaceId: b.workspace.id, userId: b.owner.id } }))?.role,
    ).toBe("OWNER");
    expect((await callRoute(chats.GET, { userId: b.operator.id })).status).toBe(200);
  });
});

describe("changing a role", () => {
  it("a demoted owner's token can no longer do owner actions", async () => {
    const w = await createWorkspaceFixture({ name: "Demote", chats: 0 });
    const second = await addOwner(w.workspace.id, `second-${w.workspace.id}@example.com`);
    expect(
      (await callRoute(invites.POST, { method: "POST", body: { email: "x1@example.com" }, userId: second.id })).status,
    ).toBe(201);

    const res = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: second.id },
      body: { role: "OPERATOR" },
      userId: w.owner.id,
    });
    expect(res.status).toBe(200);
    expect(res.json.role).toBe("OPERATOR");
    const after = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "x2@example.com" },
      userId: second.id,
    });
    expect([401, 403]).toContain(after.status);
    expect(await db.prisma.invite.count({ where: { workspaceId: w.workspace.id, email: "x2@example.com" } })).toBe(0);
    // The demotion ended the session outright: they sign in again, as an operator.
    expect((await callRoute(chats.GET, { userId: second.id })).status).toBe(401);
  });

  it("a promotion keeps the member signed in", async () => {
    const w = await createWorkspaceFixture({ name: "Promote", chats: 0 });
    const res = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: w.operator.id },
      body: { role: "OWNER" },
      userId: w.owner.id,
    });
    expect(res.status).toBe(200);
    expect(
      (await callRoute(invites.POST, { method: "POST", body: { email: "p@example.com" }, userId: w.operator.id }))
        .status,
    ).toBe(201);
  });

  it("inviting someone already on the team says so in both languages", async () => {
    const w = await createWorkspaceFixture({ name: "Already", chats: 0 });
    const res = await callRoute(invites.POST, {
      method: "POST",
      body: { email: w.operator.email },
      userId: w.owner.id,
    });
    expect(res.status).toBe(409);
    expect(res.json.error.details).toMatchObject({
      reason: "already_member",
      ru: expect.stringContaining("уже в команде"),
      en: expect.stringContaining("already on the team"),
    });
    expect(await db.prisma.invite.count({ where: { workspaceId: w.workspace.id } })).toBe(0);
  });

  it("the last owner cannot be demoted", async () => {
    const w = await createWorkspaceFixture({ name: "Keep", chats: 0 });
    const res = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: w.owner.id },
      body: { role: "OPERATOR" },
      userId: w.owner.id,
    });
    expect(res.status).toBe(409);
    expect((await db.prisma.membership.findFirst({ where: { userId: w.owner.id } }))?.role).toBe("OWNER");
  });

  it("two owners demoting themselves at the same moment: one succeeds, the workspace keeps an owner", async () => {
    const w = await createWorkspaceFixture({ name: "Race", chats: 0 });
    const second = await addOwner(w.workspace.id, `race-${w.workspace.id}@example.com`);
    const [x, y] = await Promise.all([
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: w.owner.id },
        body: { role: "OPERATOR" },
        userId: w.owner.id,
      }),
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: second.id },
        body: { role: "OPERATOR" },
        userId: second.id,
      }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    expect(await db.prisma.membership.count({ where: { workspaceId: w.workspace.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners demoting each other at the same moment: one succeeds, the workspace keeps an owner", async () => {
    const w = await createWorkspaceFixture({ name: "Cross", chats: 0 });
    const second = await addOwner(w.workspace.id, `cross-${w.workspace.id}@example.com`);
    const [x, y] = await Promise.all([
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: second.id },
        body: { role: "OPERATOR" },
        userId: w.owner.id,
      }),
      callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: w.owner.id },
        body: { role: "OPERATOR" },
        userId: second.id,
      }),
    ]);
    expect([x.status, y.status].filter((s) => s === 200)).toHaveLength(1);
    expect(await db.prisma.membership.count({ where: { workspaceId: w.workspace.id, role: "OWNER" } })).toBe(1);
  });

  it("refuses an unknown role", async () => {
    const w = await createWorkspaceFixture({ name: "Bad role", chats: 0 });
    const res = await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: w.operator.id },
      body: { role: "ADMIN" },
      userId: w.owner.id,
    });
    expect(res.status).toBe(400);
  });
});

describe("audit log", () => {
  it("records who did what to whom, and only the workspace's owners read it", async () => {
    const a = await createWorkspaceFixture({ name: "Audit A", chats: 0 });
    const b = await createWorkspaceFixture({ name: "Audit B", chats: 0 });
    const created = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "audited@example.com", role: "OWNER" },
      userId: a.owner.id,
    });
    await callRoute(invite.DELETE, { method: "DELETE", params: { id: created.json.id }, userId: a.owner.id });
    await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: a.operator.id },
      body: { role: "OWNER" },
      userId: a.owner.id,
    });
    await callRoute(member.PATCH, {
      method: "PATCH",
      params: { id: a.operator.id },
      body: { role: "OPERATOR" },
      userId: a.owner.id,
    });
    await callRoute(member.DELETE, { method: "DELETE", params: { id: a.operator.id }, userId: a.owner.id });

    const res = await callRoute(auditLog.GET, { userId: a.owner.id });
    expect(res.status).toBe(200);
    const entries = res.json.entries as {
      action: string;
      actorEmail: string;
      targetEmail: string;
      details: unknown;
      createdAt: string;
    }[];
    expect(entries.map((e) => e.action)).toEqual([
      "member.removed",
      "member.role_changed",
      "member.role_changed",
      "invite.revoked",
      "invite.created",
    ]);
    expect(entries.every((e) => e.actorEmail === a.owner.email && e.createdAt)).toBe(true);
    expect(entries[0]!.targetEmail).toBe(a.operator.email);
    expect(entries[1]!.details).toEqual({ from: "OWNER", to: "OPERATOR" });
    expect(entries[3]!.targetEmail).toBe("audited@example.com");

    // Another workspace's owner sees none of it; an operator is refused.
    const other = await callRoute(auditLog.GET, { userId: b.owner.id });
    expect(other.status).toBe(200);
    expect(other.json.entries).toEqual([]);
    expect((await callRoute(auditLog.GET, { userId: b.operator.id })).status).toBe(403);
  });
});
