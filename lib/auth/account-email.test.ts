import { describe, expect, it } from "vitest";
import { accountEmail, type AccountEmailKind } from "@/lib/auth/account-email";
import { accountEmailsRu } from "@/lib/i18n/account-emails";

const values = {
  link: "https://x.test/l",
  forgot: "https://x.test/f",
  workspace: "Coffee",
  hours: 24,
  minutes: 60,
  days: 7,
};

describe("account emails", () => {
  it("are whole in English, with no Russian and no placeholder left", () => {
    for (const kind of Object.keys(accountEmailsRu) as AccountEmailKind[]) {
      const { subject, text } = accountEmail({ kind, locale: "en", values });
      expect(`${subject}\n${text}`, kind).not.toMatch(/[А-Яа-яЁё{}]/);
      expect(text, kind).toContain(values.link);
    }
  });

  it("read Russian for a language the app does not speak", () => {
    expect(accountEmail({ kind: "signInLink", locale: "de", values }).subject).toBe("Вход в AgentIQ Inbox");
    expect(accountEmail({ kind: "passwordReset", locale: "ru", values }).text).toContain("60 минут ");
  });
});
