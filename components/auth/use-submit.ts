"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { retryMinutes } from "@/lib/i18n/security";

/** POSTs a JSON form, then signs in with the same email and password. */
export function useSubmitThenSignIn(url: string) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function submit(body: Record<string, string>, email: string) {
    setPending(true);
    setError("");
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const data = (await res.json().catch(() => null)) as { error?: { message?: string; issues?: { path: string; message: string }[] } } | null;
      if (res.status === 429) {
        setError(fmt(t.security.signUp.tooMany, { minutes: retryMinutes(Number(res.headers.get("retry-after") ?? 0)) }));
        return;
      }
      if (!res.ok) {
        const issue = data?.error?.issues?.[0];
        setError(issue ? `${issue.path}: ${issue.message}` : (data?.error?.message ?? t.errors.generic));
        return;
      }
      const result = await signIn("credentials", { email, password: body.password, redirect: false });
      if (result?.ok) {
        router.replace("/inbox");
        router.refresh();
      } else setError(t.errors.generic);
    } catch {
      setError(t.errors.generic);
    } finally {
      setPending(false);
    }
  }
  return { submit, pending, error };
}
