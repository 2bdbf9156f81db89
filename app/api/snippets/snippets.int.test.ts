import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as snippets from "@/app/api/snippets/route";
import * as snippet from "@/app/api/snippets/[id]/route";

// Saved replies: every member reads them (the composer's "/" menu), owners curate them.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const hello = { shortcut: "Привет", title: "Приветствие", text: "Здравствуйте! Спасибо, что написали." };

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
});
afterAll(() => db.cleanup());

describe("snippets", () => {
  let id = "";

  it("an owner creates one; the shortcut is stored lower-case; every member lists it", async () => {
    const created = await callRoute(snippets.POST, { method: "POST", body: hello, userId: a.owner.id });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ shortcut: "привет", title: "Приветствие", text: hello.text });
    id = created.json.id;
    const listed = await callRoute(snippets.GET, { userId: a.operator.id });
    expect(listed.status).toBe(200);
    expect(listed.json.snippets.map((s: { shortcut: string }) => s.shortcut)).toEqual(["привет"]);
  });

  it("operators cannot create, edit or delete", async () => {
    expect(
      (await callRoute(snippets.POST, { method: "POST", body: { ...hello, shortcut: "op" }, userId: a.operator.id }))
        .status,
    ).toBe(403);
    expect(
      (
        await callRoute(snippet.PUT, {
          method: "PUT",
          params: { id },
          body: { ...hello, title: "x" },
          userId: a.operator.id,
        })
      ).status,
    ).toBe(403);
    expect((await callRoute(snippet.DELETE, { method: "DELETE", params: { id }, userId: a.operator.id })).status).toBe(
      403,
    );
    expect(await db.prisma.snippet.count()).toBe(1);
  });

  it("validates input and refuses a taken shortcut with 409", async () => {
    expect(
      (
        await callRoute(snippets.POST, {
          method: "POST",
          body: { ...hello, shortcut: "with space" },
          userId: a.owner.id,
        })
      ).status,
    ).toBe(400);
    expect(
      (await callRoute(snippets.POST, { method: "POST", body: { ...hello, text: "" }, userId: a.owner.id })).status,
    ).toBe(400);
    const taken = await callRoute(snippets.POST, {
      method: "POST",
      body: { ...hello, shortcut: "ПРИВЕТ" },
      userId: a.owner.id,
    });
    expect(taken.status).toBe(409);
    // Another workspace may use the same shortcut.
    expect((await callRoute(snippets.POST, { method: "POST", body: hello, userId: b.owner.id })).status).toBe(201);
  });

  it("an owner edits and deletes", async () => {
    const edited = await callRoute(snippet.PUT, {
      method: "PUT",
      params: { id },
      body: { ...hello, text: "Добрый день!" },
      userId: a.owner.id,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.text).toBe("Добрый день!");
    const second = await callRoute(snippets.POST, {
      method: "POST",
      body: { ...hello, shortcut: "bye" },
      userId: a.owner.id,
    });
    const clash = await callRoute(snippet.PUT, {
      method: "PUT",
      params: { id: second.json.id },
      body: hello,
      userId: a.owner.id,
    });
    expect(clash.status).toBe(409);
    expect(
      (await callRoute(snippet.DELETE, { method: "DELETE", params: { id: second.json.id }, userId: a.owner.id }))
        .status,
    ).toBe(204);
    expect((await callRoute(snippets.GET, { userId: a.owner.id })).json.snippets).toHaveLength(1);
  });

  it("another workspace's snippet: not listed, 404 for edit and delete, and untouched", async () => {
    const theirs = await db.prisma.snippet.findFirstOrThrow({ where: { workspaceId: b.workspace.id } });
    const listed = await callRoute(snippets.GET, { userId: a.owner.id });
    expect(listed.json.snippets.map((s: { id: string }) => s.id)).not.toContain(theirs.id);
    expect(
      (
        await callRoute(snippet.PUT, {
          method: "PUT",
          params: { id: theirs.id },
          body: { ...hello, text: "hijack" },
          userId: a.owner.id,
        })
      ).status,
    ).toBe(404);
    expect(
      (await callRoute(snippet.DELETE, { method: "DELETE", params: { id: theirs.id }, userId: a.owner.id })).status,
    ).toBe(404);
    expect((await db.prisma.snippet.findUniqueOrThrow({ where: { id: theirs.id } })).text).toBe(hello.text);
  });
});
