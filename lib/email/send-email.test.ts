import { afterEach, describe, expect, it } from "vitest";

import { sendEmail } from "@/lib/email/send-email";
import { resetEnvForTests } from "@/lib/env";
import type { ResendEmails } from "@/lib/notify/resend-email";

const saved = process.env.RESEND_API_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.RESEND_API_KEY;
  else process.env.RESEND_API_KEY = saved;
  resetEnvForTests();
});

function withKey(key: string | undefined) {
  if (key === undefined) delete process.env.RESEND_API_KEY;
  else process.env.RESEND_API_KEY = key;
  resetEnvForTests();
}

const MAIL = { to: "owner@example.ru", subject: "Вход", text: "Ссылка" };

describe("sendEmail (the app's own key)", () => {
  it("says not_configured without a key and calls nobody", async () => {
    withKey(undefined);
    let called = false;
    const emails: ResendEmails = {
      send: async () => ((called = true), { data: { id: "x" }, error: null, headers: {} }),
    };
    expect(await sendEmail({ ...MAIL, emails })).toMatchObject({ sent: false, code: "not_configured" });
    expect(called).toBe(false);
  });

  it("sends text from the configured sender and maps a Resend error to our code", async () => {
    withKey("re_app_key_123456");
    const sent: unknown[] = [];
    const okEmails: ResendEmails = {
      send: async (payload) => (sent.push(payload), { data: { id: "email-7" }, error: null, headers: {} }),
    };
    expect(await sendEmail({ ...MAIL, emails: okEmails })).toEqual({ sent: true, id: "email-7" });
    expect(sent[0]).toMatchObject({ to: ["owner@example.ru"], subject: "Вход", text: "Ссылка" });

    const failing: ResendEmails = {
      send: async () => ({
        data: null,
        error: { statusCode: 403, name: "invalid_from_address", message: "Invalid from" },
        headers: null,
      }),
    };
    const result = await sendEmail({ ...MAIL, emails: failing });
    expect(result).toMatchObject({ sent: false, code: "http" });
    expect(JSON.stringify(result)).not.toContain("re_app_key_123456");
  });
});
