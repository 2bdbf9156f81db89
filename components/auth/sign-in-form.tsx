"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmailField } from "@/components/auth/email-field";
import { FormAlert } from "@/components/ui/form-alert";
import { useI18n } from "@/components/providers";
import { fieldErrorText } from "@/components/api/form-errors";
import { retryMinutes } from "@/lib/i18n/security";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { useHydrated } from "@/components/ui/use-hydrated";
import { credentialsSchema, type Credentials } from "@/lib/auth/credentials-schema";

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
function failureMessage(
  code: string,
  t: Dictionary,
  fmt: (message: string, values: { minutes: number }) => string,
): string {
  const throttled = /^TooManyAttempts:(\d+)$/.exec(code);
  if (throttled) return fmt(t.security.signIn.tooMany, { minutes: retryMinutes(Number(throttled[1])) });
  return t.signIn.invalid;
}

export function SignInForm({ demo, emailLinks, callbackUrl, sent, failure, notice, email: initialEmail }: Props) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const autoTried = useRef(false);
  const {
    register,
    handleSubmit,
    setError,
    trigger,
    getValues,
    setValue,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<z.input<typeof credentialsSchema>, unknown, Credentials>({
    resolver: zodResolver(credentialsSchema),
  });
  // Past a successful sign-in the button stays off while the next page loads.
  const pending = isSubmitting || isSubmitSuccessful;

  async function submit({ email, password }: Credentials) {
    const result = await signIn("credentials", { email, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setError("root", { type: "server", message: failureMessage(result?.error ?? "", t, fmt) });
  }
  const signInWith = handleSubmit(submit);
  const signInAsDemo = (account: { email: string; password: string }) => {
    setValue("email", account.email);
    setValue("password", account.password);
    void signInWith();
  };

  useEffect(() => {
    if (failure) setError("root", { type: "server", message: failureMessage(failure, t, fmt) });
    if (demo?.auto && !autoTried.current) {
      autoTried.current = true;
      signInAsDemo(demo);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="space-y-5">
      <form className="space-y-4" noValidate onSubmit={(e) => void signInWith(e)}>
        {notice ? (
          <p role="status" className="text-sm text-green-700">
            {t.security.signIn[notice]}
          </p>
        ) : null}
        <EmailField defaultValue={initialEmail} error={errors.email} {...register("email")} />
        <Field
          id="password"
          type="password"
          label={t.signIn.password}
          autoComplete="current-password"
          required
          error={fieldErrorText(errors.password, { t })}
          {...register("password")}
        />
        <p className="text-right text-sm">
          <Link href="/forgot-password" className="text-brand-600 hover:underline">
            {t.security.signIn.forgot}
          </Link>
        </p>
        <FormAlert message={errors.root?.message} />
        <Button type="submit" className="w-full" disabled={pending || !hydrated}>
          {pending ? t.signIn.submitting : t.signIn.submit}
        </Button>
      </form>
      {emailLinks ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // The link goes to the address typed above: checked by the same schema first.
            void trigger("email").then((ok) =>
              ok ? signIn("email", { email: getValues("email"), callbackUrl }) : undefined,
            );
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
          <Button
            type="button"
            variant="secondary"
            className="mt-2 w-full"
            disabled={pending}
            onClick={() => signInAsDemo(demo)}
          >
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
