"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers";

// Signs out through next-auth's REST endpoints (GET /api/auth/csrf, POST /api/auth/signout) rather than
// next-auth/react's signOut: the header is on every page, and that client adds ~12 KB gzip to each.
async function signOutAndLeave() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
  window.location.href = "/sign-in";
}

export function SignOutButton({
  className = "rounded px-2 py-1 text-slate-700 hover:bg-slate-100 disabled:opacity-60",
}: {
  className?: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      className={className}
      onClick={() => {
        setBusy(true);
        // A failed request leaves the session as it was; the button comes back for another try.
        signOutAndLeave().catch(() => setBusy(false));
      }}
    >
      {t.nav.signOut}
    </button>
  );
}
