"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import { api, ApiError } from "@/components/api/client";
import { refusalText } from "@/components/auth/refusal-text";

// A button rather than confirming on page load: mail scanners open links, and must not spend them.
export function VerifyEmailForm({ token }: { token: string }) {
  const { t, locale } = useI18n();
  const v = t.security.verify;
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [invalid, setInvalid] = useState(false);
  if (invalid)
    return (
      <div className="space-y-4">
        <p role="alert" className="text-sm text-slate-700">
          {v.invalid}
        </p>
        <Link href="/sign-up" className="text-sm font-medium text-brand-600 hover:underline">
          {t.signIn.signUp}
        </Link>
      </div>
    );
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{v.text}</p>
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <Button
        type="button"
        className="w-full"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError("");
          try {
            const { email } = await api<{ email: string }>("/api/signup/verify", {
              method: "POST",
              body: { token },
              signInOn401: false,
            });
            router.replace(`/sign-in?verified=1&email=${encodeURIComponent(email)}`);
          } catch (error) {
            if (error instanceof ApiError && error.reason === "invalid_token") setInvalid(true);
            else setError(refusalText(error, { t, locale }));
          } finally {
            setPending(false);
          }
        }}
      >
        {v.submit}
      </Button>
    </div>
  );
}
