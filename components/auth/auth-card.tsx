import type { ReactNode } from "react";
import { DemoBanner } from "@/components/shell/demo-banner";
import { isDemoInstance } from "@/lib/auth/demo-access";
import { getDictionary } from "@/lib/i18n/server";

export async function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  // Read after the request's cookies (getDictionary), so a build's prerender never parses the environment.
  const { t } = await getDictionary();
  const demo = isDemoInstance();
  return (
    <main className="flex min-h-full items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <div className="flex items-center justify-center gap-2 text-xl font-semibold text-brand-700">
            AgentIQ Inbox
            {demo ? <DemoBanner t={t.demo} /> : null}
          </div>
          <h1 className="mt-2 text-2xl font-bold text-slate-900">{title}</h1>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      </div>
    </main>
  );
}
