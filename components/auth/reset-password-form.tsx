"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { postJson } from "@/components/auth/post-json";

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useI18n();
  const r = t.security.reset;
  const router = useRouter();
  const [pending, setPending] = useState(false);
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
        const res = await postJson("/api/password-reset/confirm", { token, password });
        setPending(false);
        if (res.ok) router.replace("/sign-in?reset=1");
        else if (res.reason === "invalid_token") setInvalid(true);
        else setError(t.errors.generic);
      }}
    >
      <Field id="password" type="password" label={r.password} hint={t.signUp.passwordHint} minLength={8} autoComplete="new-password" required />
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {r.submit}
      </Button>
    </form>
  );
}
