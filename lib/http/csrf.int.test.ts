import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as invites from "@/app/api/invites/route";
import * as replies from "@/app/api/chats/[id]/replies/route";
import * as signup from "@/app/api/signup/route";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Cross-site request forgery: another site's page makes a signed-in owner's browser POST to us with
// the session cookie. A text/plain body needs no CORS preflight, so before this fix it went through
// and created an owner invitation for the attacker's address.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "CSRF", chats: 1 });
});
afterAll(() => db.cleanup());

const invitesFor = (email: string) => db.prisma.invite.count({ where: { workspaceId: fx.workspace.id, email } });
const BROWSER = { host: "inbox.example.ru" };
const SAME_ORIGIN = { ...BROWSER, origin: "https://inbox.example.ru", "sec-fetch-site": "same-origin" };

function invite({ email, headers }: { email: string; headers: Record<string, string> }) {
  return callRoute(invites.POST, {
    method: "POST",
    url: "https://inbox.example.ru/api/invites",
    body: JSON.stringify({ email, role: "OWNER" }),
    userId: fx.owner.id,
    headers,
  });
}

describe("state-changing member routes", () => {
  it("refuse a cross-site text/plain POST: no owner invitation is created", async () => {
    const email = "attacker-1@evil.example";
    const res = await invite({
      email,
      headers: {
        ...BROWSER,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        "content-type": "text/plain;charset=UTF-8",
      },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe("forbidden");
    expect(await invitesFor(email)).toBe(0);
  });

  it("refuse a cross-site POST named only by Sec-Fetch-Site, and a sandboxed page's Origin: null", async () => {
    const email = "attacker-2@evil.example";
    expect(
      (
        await invite({
          email,
          headers: { ...BROWSER, "sec-fetch-site": "cross-site", "content-type": "application/json" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await invite({
          email,
          headers: { ...BROWSER, "sec-fetch-site": "same-site", "content-type": "application/json" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await invite({ email, headers: { ...BROWSER, origin: "null", "content-type": "application/json" } })).status,
    ).toBe(403);
    expect(
      (
        await invite({
          email,
          headers: { ...BROWSER, origin: "https://inbox.example.ru.evil.example", "content-type": "application/json" },
        })
      ).status,
    ).toBe(403);
    expect(await invitesFor(email)).toBe(0);
  });

  it("refuse a same-origin body that is not JSON (415)", async () => {
    const email = "form@example.com";
    const plain = await invite({ email, headers: { ...SAME_ORIGIN, "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    const form = await invite({
      email,
      headers: { ...SAME_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    const multipart = await invite({
      email,
      headers: { ...SAME_ORIGIN, "content-type": "multipart/form-data; boundary=x" },
    });
    expect(multipart.status).toBe(415);
    expect(await invitesFor(email)).toBe(0);
  });

  it("accept the app's own JSON calls, from the same origin or from a client that is not a browser", async () => {
    expect(
      (
        await invite({
          email: "colleague@example.com",
          headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        })
      ).status,
    ).toBe(201);
    expect(
      (await invite({ email: "script@example.com", headers: { "content-type": "application/json" } })).status,
    ).toBe(201);
    expect(await invitesFor("colleague@example.com")).toBe(1);
  });

  it("accept multipart only where files are uploaded (replies), and only from the same origin", async () => {
    const chatId = fx.chatIds[0]!;
    const cross = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chatId },
      body: "--x--\r\n",
      userId: fx.operator.id,
      headers: { ...BROWSER, origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" },
    });
    expect(cross.status).toBe(403);
    const own = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chatId },
      body: "--x--\r\n",
      userId: fx.operator.id,
      headers: { ...SAME_ORIGIN, "content-type": "multipart/form-data; boundary=x" },
    });
    expect(own.status).not.toBe(403);
    expect(own.status).not.toBe(415);
  });

  it("refuse a cross-site sign-up, and leave a same-origin one to its own validation", async () => {
    const before = await db.prisma.signupRequest.count();
    const cross = await callRoute(signup.POST as never, {
      method: "POST",
      body: { email: "victim@example.com", password: "attacker-chosen-1", name: "X", workspaceName: "X" },
      headers: { ...BROWSER, origin: "https://evil.example", "content-type": "application/json" },
    });
    expect(cross.status).toBe(403);
    expect(await db.prisma.signupRequest.count()).toBe(before);
    const own = await callRoute(signup.POST as never, {
      method: "POST",
      body: { email: "x" },
      headers: { ...SAME_ORIGIN, "content-type": "application/json" },
    });
    expect(own.status).toBe(400);
  });
});
