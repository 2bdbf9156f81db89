"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { api, ApiError } from "@/components/api/client";
import { refusalText } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const r = t.security.reset;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState("");
  const [invalid, setInvalid] = useState(false);
  if (invalid)
    return (
      <div className="space-y-4">
        <p role="alert" className="text-sm text-slate-700">
          {r.invalid}
        </p>
        <Link href="/forgot-password" className="text-sm font-medium text-brand-600 hover:underline">
          {r.again}
        </Link>
      </div>
    );
  return (
    <form
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const password = String(new FormData(e.currentTarget).get("password"));
        setPending(true);
        setError("");
        try {
          await api("/api/password-reset/confirm", { method: "POST", body: { token, password }, signInOn401: false });
          router.replace("/sign-in?reset=1");
        } catch (error) {
          if (error instanceof ApiError && error.reason === "invalid_token") setInvalid(true);
          else setError(refusalText(error, { t, locale }));
        } finally {
          setPending(false);
        }
      }}
    >
      <Field id="password" type="password" label={r.password} hint={t.signUp.passwordHint} minLength={8} autoComplete="new-password" required />
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {r.submit}
      </Button>
    </form>
  );
}
