"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { api } from "@/components/api/client";
import { refusalText } from "@/components/auth/refusal-text";

/** POSTs a JSON form, then signs in with the same email and password. */
export function useSubmitThenSignIn(url: string) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function submit(body: Record<string, string>, email: string) {
    setPending(true);
    setError("");
    try {
      await api(url, { method: "POST", body, signInOn401: false });
      const result = await signIn("credentials", { email, password: body.password, redirect: false });
      if (result?.ok) {
        router.replace("/inbox");
        router.refresh();
      } else setError(t.errors.generic);
    } catch (error) {
      setError(refusalText(error, { t, locale }));
    } finally {
      setPending(false);
    }
  }
  return { submit, pending, error };
}
