import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as chats from "@/app/api/chats/route";
import * as chat from "@/app/api/chats/[id]/route";
import * as messages from "@/app/api/chats/[id]/messages/route";
import * as members from "@/app/api/members/route";
import * as invites from "@/app/api/invites/route";
import * as member from "@/app/api/members/[id]/route";
import * as invite from "@/app/api/invites/[id]/route";
import * as auditLog from "@/app/api/audit-log/route";
import * as buyer from "@/app/api/chats/[id]/buyer/route";
import * as chatLabels from "@/app/api/chats/[id]/labels/route";
import * as noReply from "@/app/api/chats/[id]/drafts/no-reply/route";
import * as label from "@/app/api/labels/[id]/route";
import * as assignmentMember from "@/app/api/assignment/members/[id]/route";
import * as bulkJob from "@/app/api/bulk-jobs/[id]/route";
import * as labels from "@/app/api/labels/route";
import * as assignment from "@/app/api/assignment/route";

// Every member route is scoped to the caller's workspace: another workspace's ids answer exactly
// like ids that do not exist.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 3 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 2 });
});
afterAll(() => db.cleanup());

describe("tenant isolation", () => {
  it("GET /api/chats lists only the member's workspace", async () => {
    const res = await callRoute(chats.GET, { url: "http://localhost/api/chats?view=all", userId: a.operator.id });
    expect(res.status).toBe(200);
    expect(res.json.chats.map((c: { id: string }) => c.id).sort()).toEqual([...a.chatIds].sort());
    const search = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=all&q=Beta",
      userId: a.operator.id,
    });
    expect(search.json.chats).toEqual([]);
  });

  it("GET /api/chats/[id] answers 404 for another workspace's chat, like a missing one", async () => {
    const own = await callRoute(chat.GET, { params: { id: a.chatIds[0]! }, userId: a.owner.id });
    expect(own.status).toBe(200);
    expect(own.json.customerName).toBe("Alpha buyer 0");
    expect(own.json.account.credentialsEnc).toBeUndefined();
    const foreign = await callRoute(chat.GET, { params: { id: b.chatIds[0]! }, userId: a.owner.id });
    const missing = await callRoute(chat.GET, { params: { id: "does-not-exist" }, userId: a.owner.id });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
  });

  it("a malformed id in the path is a 400 naming the parameter, before any query", async () => {
    for (const id of ["a b", "x'--", "../chats", "я", "x".repeat(65)]) {
      const res = await callRoute(chat.GET, { params: { id }, userId: a.owner.id });
      expect(res.status).toBe(400);
      expect(res.json.error.issues).toEqual([{ path: "id", code: "invalid_format", message: "not an id" }]);
    }
    const note = await callRoute(buyer.GET, { params: { id: "" }, userId: a.owner.id });
    expect(note.status).toBe(400);
  });

  it("GET /api/chats/[id]/messages answers 404 for another workspace's chat", async () => {
    const own = await callRoute(messages.GET, { params: { id: a.chatIds[1]! }, userId: a.operator.id });
    expect(own.status).toBe(200);
    expect(own.json.messages[0].text).toBe("Alpha message 1");
    const foreign = await callRoute(messages.GET, { params: { id: b.chatIds[1]! }, userId: a.operator.id });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.json)).not.toContain("Beta");
  });

  it("GET /api/members lists only the member's workspace", async () => {
    const res = await callRoute(members.GET, { userId: b.operator.id });
    expect(res.status).toBe(200);
    expect(res.json.members.map((m: { email: string }) => m.email).sort()).toEqual(
      [b.owner.email, b.operator.email].sort(),
    );
  });

  it("a session naming a workspace the user does not belong to falls back to their own", async () => {
    const res = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=all",
      userId: a.operator.id,
      workspaceId: b.workspace.id,
    });
    expect(res.status).toBe(200);
    expect(res.json.chats.map((c: { id: string }) => c.id).sort()).toEqual([...a.chatIds].sort());
  });

  it("POST /api/invites is for owners, and invites into the owner's workspace only", async () => {
    const asOperator = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "new@example.com" },
      userId: a.operator.id,
    });
    expect(asOperator.status).toBe(403);
    const asOwner = await callRoute(invites.POST, {
      method: "POST",
      body: { email: "new@example.com" },
      userId: a.owner.id,
    });
    expect(asOwner.status).toBe(201);
    expect(asOwner.json.url).toMatch(/\/invite\/[\w-]{20,}$/);
    expect(await db.prisma.invite.count({ where: { workspaceId: a.workspace.id } })).toBe(1);
    expect(await db.prisma.invite.count({ where: { workspaceId: b.workspace.id } })).toBe(0);
  });

  it("team changes answer 404 for another workspace's member or invitation, like missing ones", async () => {
    const foreignInvite = await db.prisma.invite.create({
      data: {
        workspaceId: b.workspace.id,
        email: "b-invitee@example.com",
        invitedById: b.owner.id,
        tokenHash: "tenant-test",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const missing = await callRoute(member.DELETE, {
      method: "DELETE",
      params: { id: "does-not-exist" },
      userId: a.owner.id,
    });
    for (const res of [
      await callRoute(member.DELETE, { method: "DELETE", params: { id: b.operator.id }, userId: a.owner.id }),
      await callRoute(member.PATCH, {
        method: "PATCH",
        params: { id: b.owner.id },
        body: { role: "OPERATOR" },
        userId: a.owner.id,
      }),
      await callRoute(invite.DELETE, { method: "DELETE", params: { id: foreignInvite.id }, userId: a.owner.id }),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain("Beta");
    }
    expect(missing.status).toBe(404);
    expect(await db.prisma.membership.count({ where: { workspaceId: b.workspace.id } })).toBe(2);
    expect(await db.prisma.invite.count({ where: { id: foreignInvite.id } })).toBe(1);
    const log = await callRoute(auditLog.GET, { userId: a.owner.id });
    expect(
      log.json.entries.every((e: { targetEmail: string | null }) => e.targetEmail !== "b-invitee@example.com"),
    ).toBe(true);
  });

  it("a user with no membership is refused", async () => {
    const loner = await db.prisma.user.create({ data: { email: "loner@example.com" } });
    const res = await callRoute(chats.GET, { userId: loner.id });
    expect(res.status).toBe(401);
  });

  it("the team routes (buyer panel, labels, no-reply, assignment, bulk jobs) answer 404 for another workspace's ids", async () => {
    const foreignLabel = await db.prisma.label.create({
      data: { workspaceId: b.workspace.id, name: "Beta label", color: "red" },
    });
    const foreignJob = await db.prisma.bulkJob.create({
      data: {
        workspaceId: b.workspace.id,
        requestKey: "tenant-test",
        action: { type: "read" },
        chatIds: b.chatIds,
        total: 2,
        status: "DONE",
      },
    });
    const chatId = b.chatIds[0]!;
    for (const res of [
      await callRoute(buyer.GET, { params: { id: chatId }, userId: a.owner.id }),
      await callRoute(chatLabels.GET, { params: { id: chatId }, userId: a.owner.id }),
      await callRoute(chatLabels.PATCH, {
        method: "PATCH",
        params: { id: chatId },
        body: { labelId: foreignLabel.id, on: true },
        userId: a.owner.id,
      }),
      await callRoute(noReply.POST, { method: "POST", params: { id: chatId }, userId: a.owner.id }),
      await callRoute(label.PUT, {
        method: "PUT",
        params: { id: foreignLabel.id },
        body: { name: "Взлом", color: "red" },
        userId: a.owner.id,
      }),
      await callRoute(label.DELETE, { method: "DELETE", params: { id: foreignLabel.id }, userId: a.owner.id }),
      await callRoute(assignmentMember.PATCH, {
        method: "PATCH",
        params: { id: b.operator.id },
        body: { maxOpenChats: 0 },
        userId: a.owner.id,
      }),
      await callRoute(bulkJob.GET, { params: { id: foreignJob.id }, userId: a.owner.id }),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain("Beta");
    }
    expect(await db.prisma.chat.count({ where: { workspaceId: b.workspace.id, status: "RESOLVED" } })).toBe(0);
    expect(await db.prisma.label.findUniqueOrThrow({ where: { id: foreignLabel.id } })).toMatchObject({
      name: "Beta label",
    });
    expect(
      ((await callRoute(labels.GET, { userId: a.owner.id })).json.labels as { id: string }[]).map((l) => l.id),
    ).not.toContain(foreignLabel.id);
    const team = (await callRoute(assignment.GET, { userId: a.owner.id })).json;
    expect(JSON.stringify(team)).not.toContain(b.operator.id);
  });
});
