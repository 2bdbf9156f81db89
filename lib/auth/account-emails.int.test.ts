import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createInvite } from "@/lib/workspace/create-invite";
import { signUp } from "@/lib/workspace/sign-up";

// Account emails go out in the recipient's language: the member's stored locale, else the language of the
// sign-up form or of the member who invited them.

const sent = vi.hoisted(() => [] as { to: string; subject: string; text: string }[]);
vi.mock("@/lib/email/send-email", () => ({
  sendEmail: async (email: { to: string; subject: string; text: string }) => {
    sent.push(email);
    return { sent: true, id: "test" };
  },
}));

const CYRILLIC = /[А-Яа-яЁё]/;
const BASE_URL = "http://localhost:3000";
let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Fashion House", chats: 0 });
});
afterAll(async () => {
  await db.cleanup();
});
beforeEach(() => {
  sent.length = 0;
});

const only = (to: string) => {
  const mails = sent.filter((m) => m.to === to);
  expect(mails).toHaveLength(1);
  return mails[0]!;
};
const input = (email: string) => ({ email, password: "correct horse 1", name: "Ann", workspaceName: "Coffee" });

describe("account emails in the recipient's language", () => {
  it("a sign-up confirmation is in the form's language", async () => {
    await signUp({ input: input("new-en@example.com"), baseUrl: BASE_URL, locale: "en" });
    await signUp({ input: input("new-ru@example.com"), baseUrl: BASE_URL, locale: "ru" });
    const en = only("new-en@example.com");
    expect(en.subject).toBe("Confirm your email — AgentIQ Inbox");
    expect(en.text).toContain("create “Coffee”");
    expect(en.text).toContain("24 hours");
    expect(`${en.subject}${en.text}`).not.toMatch(CYRILLIC);
    expect(only("new-ru@example.com").subject).toBe("Подтвердите почту — AgentIQ Inbox");
  });

  it("an address with an account hears in the account's language, whatever the form's", async () => {
    await db.prisma.user.update({ where: { id: a.owner.id }, data: { locale: "en" } });
    await signUp({ input: input(a.owner.email), baseUrl: BASE_URL, locale: "ru" });
    const mail = only(a.owner.email);
    expect(mail.subject).toBe("You already have an account — AgentIQ Inbox");
    expect(mail.text).not.toMatch(CYRILLIC);
  });

  it("a password reset is in the member's language", async () => {
    await db.prisma.user.update({ where: { id: a.owner.id }, data: { locale: "en" } });
    await requestPasswordReset({ input: { email: a.owner.email }, baseUrl: BASE_URL });
    const en = only(a.owner.email);
    expect(en.subject).toBe("Password reset — AgentIQ Inbox");
    expect(en.text).toContain("60 minutes");
    expect(`${en.subject}${en.text}`).not.toMatch(CYRILLIC);
    await requestPasswordReset({ input: { email: a.operator.email }, baseUrl: BASE_URL });
    expect(only(a.operator.email).subject).toBe("Восстановление пароля — AgentIQ Inbox");
  });

  it("an invitation is in the invitee's language, else the inviter's", async () => {
    await db.prisma.user.update({ where: { id: a.owner.id }, data: { locale: "en" } });
    const invite = (email: string) =>
      createInvite({
        workspaceId: a.workspace.id,
        invitedById: a.owner.id,
        baseUrl: BASE_URL,
        input: { email, role: "OPERATOR" },
      });
    await invite("stranger@example.com");
    const en = only("stranger@example.com");
    expect(en.subject).toBe("Invitation to Fashion House — AgentIQ Inbox");
    expect(en.text).toContain("7 days");
    expect(`${en.subject}${en.text}`).not.toMatch(CYRILLIC);
    const other = await db.prisma.user.create({ data: { email: "ru-member@example.com", name: "Ru", locale: "ru" } });
    await invite(other.email);
    expect(only(other.email).subject).toBe("Приглашение в Fashion House — AgentIQ Inbox");
  });
});
