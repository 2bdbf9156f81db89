"use client";

import Link from "next/link";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { useI18n } from "@/components/providers";
import { MenuIcon } from "@/components/ui/icons";
import { Popover } from "@/components/ui/popover";

export type HeaderLink = { href: string; label: string; current?: boolean };

const ITEM = "block w-full rounded px-3 py-2 text-left text-slate-800 hover:bg-slate-100";

/** The header's sections, the account, the language and "sign out" on a narrow screen: one labelled menu. */
export function HeaderMenu({ links, account }: { links: HeaderLink[]; account: HeaderLink }) {
  const { t } = useI18n();
  return (
    <Popover
      label={t.nav.menu}
      testId="header-menu"
      panelClassName="w-64"
      triggerClassName="flex items-center gap-1.5 rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
      trigger={
        <>
          <MenuIcon />
          <span>{t.nav.menu}</span>
        </>
      }
    >
      {(close) => (
        <nav aria-label={t.nav.menu} className="flex flex-col">
          {[...links, account].map((link) => (
            <Link
              key={link.href}
              href={link.href}
              onClick={close}
              aria-current={link.current ? "page" : undefined}
              className={`${ITEM} ${link.current ? "bg-slate-100 font-medium" : ""}`}
            >
              {link.label}
            </Link>
          ))}
          <div className="my-1 border-t border-slate-200" />
          <LocaleSwitch className={ITEM} />
          <SignOutButton className={ITEM} />
        </nav>
      )}
    </Popover>
  );
}
