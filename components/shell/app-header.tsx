import Link from "next/link";
import type { Member } from "@/lib/auth/find-member";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";

export function AppHeader({ member, t, workspaceName }: { member: Member; t: Dictionary; workspaceName: string }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
      <Link href="/inbox" className="shrink-0 font-semibold text-brand-700">
        AgentIQ Inbox
      </Link>
      <span className="hidden truncate text-sm text-slate-500 sm:inline" data-testid="workspace-name">
        {workspaceName}
      </span>
      <nav aria-label="main" className="ml-auto flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap text-sm">
        <Link href="/inbox" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t.nav.inbox}
        </Link>
        <Link href="/settings/accounts" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t.accounts.nav}
        </Link>
        <Link href="/settings/team" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t.nav.team}
        </Link>
        <Link href="/review-requests" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
          {t.reviews.nav.log}
        </Link>
        {member.role === "OWNER" ? (
          <Link href="/settings/integrations" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
            {t.reviews.nav.integrations}
          </Link>
        ) : null}
        <LocaleSwitch />
        <span className="hidden px-2 text-slate-500 md:inline" title={member.email}>
          {member.name ?? member.email}
        </span>
        <SignOutButton />
      </nav>
    </header>
  );
}
