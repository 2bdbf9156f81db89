"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { api } from "@/components/api/client";
import { refusalText } from "@/components/auth/refusal-text";
import { useHydrated } from "@/components/ui/use-hydrated";

export function ForgotPasswordForm() {
  const { t, locale } = useI18n();
  const f = t.security.forgot;
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState("");
  return (
    <div className="space-y-4">
      {sent ? (
        <p role="status" className="text-sm text-green-700">
          {f.sent}
        </p>
      ) : (
        <form
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            const email = String(new FormData(e.currentTarget).get("email"));
            setPending(true);
            setError("");
            try {
              await api("/api/password-reset", { method: "POST", body: { email }, signInOn401: false });
              setSent(true);
            } catch (error) {
              setError(refusalText(error, { t, locale }));
            } finally {
              setPending(false);
            }
          }}
        >
          <p className="text-sm text-slate-600">{f.text}</p>
          <Field id="email" type="email" label={t.signIn.email} autoComplete="email" required />
          {error ? (
            <p role="alert" className="text-sm text-red-600">
              {error}
            </p>
          ) : null}
          <Button type="submit" className="w-full" disabled={pending || !hydrated}>
            {f.submit}
          </Button>
        </form>
      )}
      <p className="text-center text-sm">
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          {f.back}
        </Link>
      </p>
    </div>
  );
}
