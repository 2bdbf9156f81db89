"use client";

import { useState } from "react";
import { api, ApiError } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { ConfirmDialog } from "@/components/team/confirm-dialog";

/** Password change (other sessions end) and "sign out everywhere". */
export function AccountSecurity() {
  const { t, locale } = useI18n();
  const a = t.security.account;
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endError, setEndError] = useState("");

  return (
    <>
      <section aria-labelledby="password-h" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="password-h" className="mb-3 font-semibold">
          {a.passwordTitle}
        </h2>
        <form
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const f = Object.fromEntries(new FormData(form)) as Record<string, string>;
            setPending(true);
            setMessage(null);
            try {
              await api("/api/account/password", { method: "POST", body: { currentPassword: f.currentPassword, newPassword: f.newPassword } });
              form.reset();
              setMessage({ ok: true, text: a.changed });
            } catch (error) {
              setMessage({ ok: false, text: apiErrorText(error, { t, locale, reasons: { wrong_password: a.wrongPassword } }) });
            } finally {
              setPending(false);
            }
          }}
        >
          <Field id="currentPassword" type="password" label={a.current} autoComplete="current-password" required />
          <Field id="newPassword" type="password" label={a.next} hint={t.signUp.passwordHint} minLength={8} autoComplete="new-password" required />
          {message ? (
            <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-700" : "text-red-600"}`}>
              {message.text}
            </p>
          ) : null}
          <Button type="submit" disabled={pending}>
            {a.change}
          </Button>
        </form>
      </section>

      <section aria-labelledby="sessions-h" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="sessions-h" className="mb-2 font-semibold">
          {a.sessionsTitle}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{a.sessionsText}</p>
        <Button type="button" variant="danger" onClick={() => setAsking(true)}>
          {a.signOutEverywhere}
        </Button>
        <ConfirmDialog
          open={asking}
          title={a.signOutEverywhere}
          text={a.confirmSignOut}
          yes={a.confirmYes}
          pending={ending}
          error={endError}
          onClose={() => {
            setAsking(false);
            setEndError("");
          }}
          onYes={async () => {
            setEnding(true);
            setEndError("");
            const ended = await api("/api/account/sign-out-everywhere", { method: "POST", body: {}, signInOn401: false }).then(
              () => true,
              (error: unknown) => error instanceof ApiError && error.status === 401,
            );
            if (ended) window.location.href = "/sign-in?ended=1";
            else {
              setEnding(false);
              setEndError(t.errors.generic);
            }
          }}
        />
      </section>
    </>
  );
}
