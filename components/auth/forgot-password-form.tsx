"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { postJson } from "@/components/auth/post-json";
import { retryMinutes } from "@/lib/i18n/security";

export function ForgotPasswordForm() {
  const { t, fmt } = useI18n();
  const f = t.security.forgot;
  const [pending, setPending] = useState(false);
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
            const res = await postJson("/api/password-reset", { email });
            setPending(false);
            if (res.ok) setSent(true);
            else if (res.status === 429) setError(fmt(t.security.signUp.tooMany, { minutes: retryMinutes(res.retryAfter) }));
            else setError(t.errors.generic);
          }}
        >
          <p className="text-sm text-slate-600">{f.text}</p>
          <Field id="email" type="email" label={t.signIn.email} autoComplete="email" required />
          {error ? (
            <p role="alert" className="text-sm text-red-600">
              {error}
            </p>
          ) : null}
          <Button type="submit" className="w-full" disabled={pending}>
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
