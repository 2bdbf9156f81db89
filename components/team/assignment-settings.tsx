"use client";

import type { ApiResult } from "@/components/api/types";
import { api } from "@/components/api/client";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import { useOptimisticMutation } from "@/components/api/use-optimistic-mutation";
import { marketplaceName } from "@/components/inbox/marketplace-badge";
import { useI18n } from "@/components/providers";
import { CHAT_KINDS } from "@/lib/assignment/assignment-schema";
import type { getAssignmentSettings } from "@/lib/assignment/get-assignment-settings";
import { MARKETPLACES } from "@/lib/inbox/inbox-views";

export type AssignmentSettings = ApiResult<typeof getAssignmentSettings>;
type Member = AssignmentSettings["members"][number];

const json = (body: unknown) => ({ method: "PATCH" as const, body });

/** The workspace's switches and, per member, online, cap and which marketplaces and kinds they take. */
export function AssignmentSettingsForm({ isOwner, currentUserId }: { isOwner: boolean; currentUserId: string }) {
  const { t, locale } = useI18n();
  const settings = useQuery({
    queryKey: queryKeys.assignment(),
    queryFn: ({ signal }) => api<AssignmentSettings>("/api/assignment", { signal }),
  });
  // Shown at once, then replaced by what the server saved for the latest change (or put back if it refused).
  const shared = { queryKey: queryKeys.assignment(), fromResponse: (data: AssignmentSettings) => data };
  const workspace = useOptimisticMutation({
    ...shared,
    mutationFn: (body: { autoAssign?: boolean; reassignOnOffline?: boolean }) =>
      api<AssignmentSettings>("/api/assignment", json(body)),
    apply: (current: AssignmentSettings, body) => ({ ...current, ...body }),
  });
  const member = useOptimisticMutation({
    ...shared,
    mutationFn: ({
      id,
      ...body
    }: { id: string } & Partial<Pick<Member, "online" | "maxOpenChats" | "marketplaces" | "kinds">>) =>
      api<AssignmentSettings>(`/api/assignment/members/${id}`, json(body)),
    apply: (current: AssignmentSettings, { id, ...body }) => ({
      ...current,
      members: current.members.map((m) => (m.id === id ? { ...m, ...body } : m)),
    }),
  });
  const data = settings.data;
  if (!data)
    return settings.isError ? (
      <p role="alert" className="text-sm text-red-700">
        {t.ops.assignment.error}
      </p>
    ) : null;
  const toggle = <T extends string>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return (
    <div className="space-y-6">
      <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={data.autoAssign}
            disabled={!isOwner}
            onChange={(e) => workspace.mutate({ autoAssign: e.target.checked })}
            data-testid="auto-assign"
          />
          {t.ops.assignment.autoAssign}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-600"
            checked={data.reassignOnOffline}
            disabled={!isOwner}
            onChange={(e) => workspace.mutate({ reassignOnOffline: e.target.checked })}
          />
          {t.ops.assignment.reassign}
        </label>
      </section>
      <section className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.member}</th>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.online}</th>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.cap}</th>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.load}</th>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.marketplaces}</th>
              <th className="px-3 py-2 font-medium">{t.ops.assignment.kinds}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.members.map((m) => (
              <tr key={m.id} data-testid="assignment-member">
                <td className="px-3 py-2">
                  <div className="font-medium text-slate-900" data-user-content>
                    {m.name ?? m.email}
                  </div>
                  <div className="text-xs text-slate-600">{m.email}</div>
                </td>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`${t.ops.assignment.online}: ${m.name ?? m.email}`}
                    className="size-4 accent-brand-600"
                    checked={m.online}
                    disabled={!isOwner && m.id !== currentUserId}
                    onChange={(e) => member.mutate({ id: m.id, online: e.target.checked })}
                  />
                </td>
                <td className="px-3 py-2">
                  <input
                    type="number"
                    min={0}
                    max={1000}
                    aria-label={`${t.ops.assignment.cap}: ${m.name ?? m.email}`}
                    className="w-20 rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50"
                    defaultValue={m.maxOpenChats}
                    disabled={!isOwner}
                    onBlur={(e) => {
                      const value = Number(e.target.value);
                      if (Number.isInteger(value) && value >= 0 && value !== m.maxOpenChats)
                        member.mutate({ id: m.id, maxOpenChats: value });
                    }}
                  />
                </td>
                <td className="px-3 py-2 tabular-nums">{m.openChats}</td>
                <td className="px-3 py-2">
                  <Choices
                    all={MARKETPLACES}
                    chosen={m.marketplaces}
                    name={(v) => marketplaceName(v, locale)}
                    anyLabel={t.ops.assignment.any}
                    disabled={!isOwner}
                    onChange={(v) => member.mutate({ id: m.id, marketplaces: toggle(m.marketplaces, v) })}
                  />
                </td>
                <td className="px-3 py-2">
                  <Choices
                    all={CHAT_KINDS}
                    chosen={m.kinds}
                    name={(v) => t.inbox.kind[v]}
                    anyLabel={t.ops.assignment.any}
                    disabled={!isOwner}
                    onChange={(v) => member.mutate({ id: m.id, kinds: toggle(m.kinds, v) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {workspace.isError || member.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t.ops.assignment.error}
        </p>
      ) : null}
    </div>
  );
}

/** Toggle chips; none chosen means all. */
function Choices<T extends string>({
  all,
  chosen,
  name,
  anyLabel,
  disabled,
  onChange,
}: {
  all: readonly T[];
  chosen: T[];
  name: (v: T) => string;
  anyLabel: string;
  disabled: boolean;
  onChange: (v: T) => void;
}) {
  return (
    <div className="flex flex-wrap gap-1">
      {!chosen.length ? <span className="text-xs text-slate-600">{anyLabel}:</span> : null}
      {all.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={chosen.includes(v)}
          disabled={disabled}
          onClick={() => onChange(v)}
          className={`rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${chosen.includes(v) ? "bg-brand-50 text-brand-800 ring-brand-300" : "text-slate-700 ring-slate-300"} disabled:opacity-70`}
        >
          {name(v)}
        </button>
      ))}
    </div>
  );
}
