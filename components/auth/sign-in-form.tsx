"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { retryMinutes } from "@/lib/i18n/security";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { useHydrated } from "@/components/ui/use-hydrated";

type Props = {
  demo: { email: string; password: string; auto: boolean } | null;
  emailLinks: boolean;
  callbackUrl: string;
  sent: boolean;
  /** next-auth's `error` parameter, if the page was reached after a failed sign-in. */
  failure: string | null;
  notice: "verified" | "reset" | "ended" | null;
  email?: string;
};

// next-auth reports a refused sign-in as an `error` code; throttling uses "TooManyAttempts:<seconds>".
function failureMessage(code: string, t: Dictionary, fmt: (message: string, values: { minutes: number }) => string): string {
  const throttled = /^TooManyAttempts:(\d+)$/.exec(code);
  if (throttled) return fmt(t.security.signIn.tooMany, { minutes: retryMinutes(Number(throttled[1])) });
  return t.signIn.invalid;
}

export function SignInForm({ demo, emailLinks, callbackUrl, sent, failure, notice, email: initialEmail }: Props) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const [error, setError] = useState(failure ? failureMessage(failure, t, fmt) : "");
  const autoTried = useRef(false);

  async function submit(email: string, password: string) {
    setPending(true);
    setError("");
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(failureMessage(result?.error ?? "", t, fmt));
  }

  useEffect(() => {
    if (demo?.auto && !autoTried.current) {
      autoTried.current = true;
      void submit(demo.email, demo.password);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="space-y-5">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          void submit(String(form.get("email")), String(form.get("password")));
        }}
      >
        {notice ? (
          <p role="status" className="text-sm text-green-700">
            {t.security.signIn[notice]}
          </p>
        ) : null}
        <Field id="email" type="email" label={t.signIn.email} autoComplete="email" defaultValue={initialEmail} required />
        <Field id="password" type="password" label={t.signIn.password} autoComplete="current-password" required />
        <p className="text-right text-sm">
          <Link href="/forgot-password" className="text-brand-600 hover:underline">
            {t.security.signIn.forgot}
          </Link>
        </p>
        {error ? (
          <p role="alert" className="text-sm text-red-600">
            {error}
          </p>
        ) : null}
        <Button type="submit" className="w-full" disabled={pending || !hydrated}>
          {pending ? t.signIn.submitting : t.signIn.submit}
        </Button>
      </form>
      {emailLinks ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const email = new FormData(e.currentTarget.closest("div")!.querySelector("form")!).get("email");
            void signIn("email", { email: String(email), callbackUrl });
          }}
        >
          <Button type="submit" variant="secondary" className="w-full" disabled={!hydrated}>
            {t.signIn.magicLink}
          </Button>
          {sent ? <p className="mt-2 text-sm text-green-700">{t.signIn.magicSent}</p> : null}
        </form>
      ) : null}
      {demo ? (
        <div className="rounded-md bg-brand-50 p-3 text-sm text-slate-700">
          <div className="font-medium">{t.signIn.demoHint}</div>
          <div className="mt-1 font-mono text-xs">
            {demo.email} / {demo.password}
          </div>
          <Button type="button" variant="secondary" className="mt-2 w-full" disabled={pending} onClick={() => void submit(demo.email, demo.password)}>
            {t.signIn.demoButton}
          </Button>
        </div>
      ) : null}
      <p className="text-center text-sm text-slate-600">
        {t.signIn.noAccount}{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:underline">
          {t.signIn.signUp}
        </Link>
      </p>
    </div>
  );
}
