import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/locale/route";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A signed-in member's language is kept on their user: emails written to them later (reminders,
// mentions) come in the language they chose on screen.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

describe("POST /api/locale, signed in", () => {
  it("keeps the choice on the member's user, and only theirs", async () => {
    const fx = await createWorkspaceFixture({ name: "Locale", chats: 0 });
    const res = await callRoute(POST, {
      method: "POST",
      url: "http://app.test/api/locale",
      body: { locale: "en" },
      userId: fx.operator.id,
      workspaceId: fx.workspace.id,
    });
    expect(res.status).toBe(200);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: fx.operator.id } })).locale).toBe("en");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: fx.owner.id } })).locale).toBe("ru");
    await callRoute(POST, {
      method: "POST",
      url: "http://app.test/api/locale",
      body: { locale: "ru" },
      userId: fx.operator.id,
      workspaceId: fx.workspace.id,
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: fx.operator.id } })).locale).toBe("ru");
  });
});

describe("POST /api/locale as a plain form", () => {
  const form = (origin: string) =>
    callRoute(POST, {
      method: "POST",
      url: "http://app.test/api/locale",
      body: "locale=en",
      headers: {
        host: "app.test",
        origin,
        "content-type": "application/x-www-form-urlencoded",
        referer: "http://app.test/inbox",
      },
    });

  it("switches the language from our own page, and refuses another site's form without setting the cookie", async () => {
    const own = await form("http://app.test");
    expect(own.status).toBe(303);
    expect(own.headers.get("set-cookie")).toContain("locale=en");
    const foreign = await form("https://evil.example");
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("set-cookie")).toBeNull();
  });
});
