import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/intl-format";

export type AuditEntry = {
  id: string;
  action: string;
  actorEmail: string;
  targetEmail: string | null;
  details: unknown;
  createdAt: string;
};

function describe(entry: AuditEntry, t: Dictionary): string {
  const label = t.security.audit.actions[entry.action] ?? entry.action;
  const d = entry.details as {
    from?: "OWNER" | "OPERATOR";
    to?: "OWNER" | "OPERATOR";
    role?: "OWNER" | "OPERATOR";
  } | null;
  if (d?.from && d.to) return `${label}: ${t.team.roles[d.from]} → ${t.team.roles[d.to]}`;
  if (d?.role) return `${label} (${t.team.roles[d.role]})`;
  return label;
}

/** The workspace's audit entries (owners only; the page decides), newest first. */
export function AuditLog({ entries, t, locale }: { entries: AuditEntry[]; t: Dictionary; locale: Locale }) {
  const a = t.security.audit;
  return (
    <section aria-labelledby="audit-h" className="rounded-xl border border-slate-200 bg-white">
      <h2 id="audit-h" className="border-b border-slate-200 px-4 py-3 font-semibold">
        {a.title}
      </h2>
      {entries.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="audit-log">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">{a.when}</th>
                <th className="px-4 py-2 font-medium">{a.who}</th>
                <th className="px-4 py-2 font-medium">{a.what}</th>
                <th className="px-4 py-2 font-medium">{a.target}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-500">
                    {formatDate(e.createdAt, locale, "shortDateTime")}
                  </td>
                  <td className="px-4 py-2">{e.actorEmail}</td>
                  <td className="px-4 py-2">{describe(e, t)}</td>
                  <td className="px-4 py-2">{e.targetEmail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="px-4 py-3 text-sm text-slate-500">{a.empty}</p>
      )}
    </section>
  );
}
