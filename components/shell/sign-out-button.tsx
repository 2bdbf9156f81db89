"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/providers";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
      {t.nav.signOut}
    </button>
  );
}
