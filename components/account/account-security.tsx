"use client";

import { useState } from "react";
import { api, ApiError } from "@/components/api/client";
import { PasswordForm } from "@/components/account/password-form";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import { ConfirmDialog } from "@/components/team/confirm-dialog";

/** Password change (other sessions end) and "sign out everywhere". */
export function AccountSecurity() {
  const { t } = useI18n();
  const a = t.security.account;
  const [asking, setAsking] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endError, setEndError] = useState("");

  return (
    <>
      <section aria-labelledby="password-h" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="password-h" className="mb-3 font-semibold">
          {a.passwordTitle}
        </h2>
        <PasswordForm />
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
            const ended = await api("/api/account/sign-out-everywhere", {
              method: "POST",
              body: {},
              signInOn401: false,
            }).then(
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
