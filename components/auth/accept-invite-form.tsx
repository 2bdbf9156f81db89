"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { useSubmitThenSignIn } from "@/components/auth/use-submit";
import { useHydrated } from "@/components/ui/use-hydrated";

export function AcceptInviteForm({ token, email, workspace }: { token: string; email: string; workspace: string }) {
  const { t, fmt } = useI18n();
  const { submit, pending, error } = useSubmitThenSignIn("/api/invites/accept");
  const hydrated = useHydrated();
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
        void submit({ token, name: f.name!, password: f.password! }, email);
      }}
    >
      <p className="text-sm font-medium text-slate-800">{fmt(t.invite.join, { workspace })}</p>
      <Field id="email" label={t.signIn.email} value={email} readOnly />
      <Field id="name" label={t.signUp.name} autoComplete="name" required />
      <Field id="password" type="password" label={t.signIn.password} hint={t.invite.existingHint} minLength={8} required />
      {error ? (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending || !hydrated}>
        {t.invite.accept}
      </Button>
    </form>
  );
}
