import Link from "next/link";
import type { Member } from "@/lib/auth/find-member";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { LiveStream } from "@/components/inbox/live-stream";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { NotificationBell } from "@/components/shell/notification-bell";
import { SignOutButton } from "@/components/shell/sign-out-button";

const LINK = "rounded px-2 py-1 text-slate-700 hover:bg-slate-100";

export type SettingsTab = "accounts" | "team" | "follow-ups" | "integrations";

/** The app's header; on a settings page (settingsTab) with the settings sections below it. */
export function AppHeader({ member, t, workspaceName, settingsTab }: { member: Member; t: Dictionary; workspaceName: string; settingsTab?: SettingsTab }) {
  const tabs: { id: SettingsTab; href: string; label: string }[] = [
    { id: "accounts", href: "/settings/accounts", label: t.accounts.nav },
    { id: "team", href: "/settings/team", label: t.nav.team },
    { id: "follow-ups", href: "/settings/follow-ups", label: t.followUps.nav.settings },
    ...(member.role === "OWNER" ? [{ id: "integrations" as const, href: "/settings/integrations", label: t.reviews.nav.integrations }] : []),
  ];
  return (
    <>
      <header className="flex h-12 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-4">
        <Link href="/inbox" className="shrink-0 font-semibold text-brand-700">
          AgentIQ Inbox
        </Link>
        <span className="hidden truncate text-sm text-slate-500 sm:inline" data-testid="workspace-name">
          {workspaceName}
        </span>
        <nav aria-label="main" className="ml-auto flex min-w-0 items-center gap-1 overflow-x-auto whitespace-nowrap text-sm">
          <Link href="/inbox" className={LINK}>
            {t.nav.inbox}
          </Link>
          <Link href="/reports/negative-reviews" className={LINK}>
            {t.negative.report.nav}
          </Link>
          <Link href="/scheduled" className={LINK}>
            {t.followUps.nav.list}
          </Link>
          <Link href="/review-requests" className={LINK}>
            {t.reviews.nav.log}
          </Link>
          <Link href="/settings/accounts" className={settingsTab ? `${LINK} bg-slate-100 font-medium` : LINK} aria-current={settingsTab ? "page" : undefined}>
            {t.nav.settings}
          </Link>
          <LiveStream />
          <NotificationBell />
          <LocaleSwitch />
          <Link href="/account" className="hidden rounded px-2 py-1 text-slate-500 hover:bg-slate-100 md:inline" title={`${t.security.account.nav}: ${member.email}`}>
            {member.name ?? member.email}
          </Link>
          <SignOutButton />
        </nav>
      </header>
      {settingsTab ? (
        <nav aria-label={t.nav.settings} className="flex shrink-0 gap-1 overflow-x-auto border-b border-slate-200 bg-white px-4 text-sm whitespace-nowrap">
          {tabs.map((tab) => (
            <Link
              key={tab.id}
              href={tab.href}
              aria-current={tab.id === settingsTab ? "page" : undefined}
              className={`border-b-2 px-3 py-2 ${tab.id === settingsTab ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {tab.label}
            </Link>
          ))}
        </nav>
      ) : null}
    </>
  );
}
