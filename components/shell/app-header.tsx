import Link from "next/link";
import type { Member } from "@/lib/auth/find-member";
import { isDemoInstance } from "@/lib/auth/demo-access";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { LiveStream } from "@/components/inbox/live-stream";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { DemoBanner } from "@/components/shell/demo-banner";
import { HeaderMenu, type HeaderLink } from "@/components/shell/header-menu";
import { NotificationBell } from "@/components/shell/notification-bell";
import { SignOutButton } from "@/components/shell/sign-out-button";

const LINK = "rounded px-2 py-1 text-slate-700 hover:bg-slate-100";

export type SettingsTab =
  "accounts" | "team" | "assignment" | "labels" | "follow-ups" | "business-hours" | "ai" | "integrations";

/** The app's header; on a settings page (settingsTab) with the settings sections below it. */
export function AppHeader({
  member,
  t,
  workspaceName,
  settingsTab,
}: {
  member: Member;
  t: Dictionary;
  workspaceName: string;
  settingsTab?: SettingsTab;
}) {
  const tabs: { id: SettingsTab; href: string; label: string }[] = [
    { id: "accounts", href: "/settings/accounts", label: t.accounts.nav },
    { id: "team", href: "/settings/team", label: t.nav.team },
    { id: "assignment", href: "/settings/assignment", label: t.ops.assignment.nav },
    { id: "labels", href: "/settings/labels", label: t.ops.labels.nav },
    { id: "follow-ups", href: "/settings/follow-ups", label: t.followUps.nav.settings },
    { id: "business-hours", href: "/settings/business-hours", label: t.reports.hours.nav },
    { id: "ai", href: "/settings/ai", label: t.aiSettings.nav },
    ...(member.role === "OWNER"
      ? [{ id: "integrations" as const, href: "/settings/integrations", label: t.reviews.nav.integrations }]
      : []),
  ];
  const links: HeaderLink[] = [
    { href: "/inbox", label: t.nav.inbox },
    { href: "/reports", label: t.reports.nav },
    { href: "/reports/negative-reviews", label: t.negative.report.nav },
    { href: "/scheduled", label: t.followUps.nav.list },
    { href: "/review-requests", label: t.reviews.nav.log },
    { href: "/settings/accounts", label: t.nav.settings, current: Boolean(settingsTab) },
  ];
  const account: HeaderLink = { href: "/account", label: t.security.account.nav };
  return (
    <>
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-4">
        <Link href="/inbox" className="shrink-0 font-semibold text-brand-700">
          AgentIQ Inbox
        </Link>
        {isDemoInstance() ? <DemoBanner t={t.demo} /> : null}
        <span
          className="hidden min-w-0 truncate text-sm text-slate-500 sm:inline"
          data-testid="workspace-name"
          title={workspaceName}
          data-user-content
        >
          {workspaceName}
        </span>
        <div className="ml-auto flex shrink-0 items-center gap-1 text-sm whitespace-nowrap">
          {/* Wide screens: every section in the bar; narrow ones: the bell and one labelled menu. */}
          <nav aria-label={t.nav.sections} className="hidden items-center gap-1 lg:flex">
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                className={link.current ? `${LINK} bg-slate-100 font-medium` : LINK}
                aria-current={link.current ? "page" : undefined}
              >
                {link.label}
              </Link>
            ))}
          </nav>
          <LiveStream />
          <NotificationBell />
          <div className="hidden items-center gap-1 lg:flex">
            <LocaleSwitch />
            <Link
              href="/account"
              className="hidden max-w-40 truncate rounded px-2 py-1 text-slate-500 hover:bg-slate-100 xl:inline"
              title={`${t.security.account.nav}: ${member.email}`}
            >
              <span data-user-content>{member.name ?? member.email}</span>
            </Link>
            <SignOutButton />
          </div>
          <div className="lg:hidden">
            <HeaderMenu links={links} account={account} />
          </div>
        </div>
      </header>
      {settingsTab ? (
        <nav
          aria-label={t.nav.settings}
          className="flex shrink-0 gap-1 overflow-x-auto border-b border-slate-200 bg-white px-4 text-sm whitespace-nowrap"
        >
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
