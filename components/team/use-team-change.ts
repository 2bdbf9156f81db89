"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/providers";

/** Sends one team change (role, removal, revocation) and turns a refusal into a message in the UI language. */
export function useTeamChange() {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function send(url: string, init: { method: "PATCH" | "DELETE"; body?: unknown }): Promise<boolean> {
    setPending(true);
    setError("");
    try {
      const res = await fetch(url, {
        method: init.method,
        headers: init.body === undefined ? undefined : { "content-type": "application/json" },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      if (res.ok) {
        router.refresh();
        return true;
      }
      const data = (await res.json().catch(() => null)) as { error?: { details?: { reason?: string } } } | null;
      if (res.status === 401) window.location.href = "/sign-in";
      else if (data?.error?.details?.reason === "last_owner") setError(t.security.team.lastOwner);
      else if (res.status === 404) setError(t.security.team.notFound);
      else setError(t.errors.generic);
      return false;
    } catch {
      setError(t.errors.generic);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { send, pending, error, clearError: () => setError("") };
}
