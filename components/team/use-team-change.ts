"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api/client";
import { apiErrorText } from "@/components/api/error-text";
import { useI18n } from "@/components/providers";

/** Sends one team change (role, removal, revocation) and turns a refusal into a message in the UI language. */
export function useTeamChange() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function send(url: string, init: { method: "PATCH" | "DELETE"; body?: unknown }): Promise<boolean> {
    setPending(true);
    setError("");
    try {
      await api(url, init);
      router.refresh();
      return true;
    } catch (error) {
      setError(
        apiErrorText(error, {
          t,
          locale,
          reasons: { last_owner: t.security.team.lastOwner, not_found: t.security.team.notFound },
        }),
      );
      return false;
    } finally {
      setPending(false);
    }
  }
  return { send, pending, error, clearError: () => setError("") };
}
