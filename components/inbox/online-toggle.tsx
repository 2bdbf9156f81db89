"use client";

import { api } from "@/components/api/client";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import { useOptimisticMutation } from "@/components/api/use-optimistic-mutation";
import type { Me } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import type { AssignmentSettings } from "@/components/team/assignment-settings";

/** "I'm online": shown when the workspace assigns chats automatically; the member takes new chats while on. */
export function OnlineToggle({ me }: { me: Me }) {
  const { t } = useI18n();
  const settings = useQuery({
    queryKey: queryKeys.assignment(),
    queryFn: ({ signal }) => api<AssignmentSettings>("/api/assignment", { signal }),
    staleTime: 30_000,
  });
  const mine = settings.data?.members.find((m) => m.id === me.id);
  const change = useOptimisticMutation({
    queryKey: queryKeys.assignment(),
    mutationFn: (online: boolean) =>
      api<AssignmentSettings>(`/api/assignment/members/${me.id}`, { method: "PATCH", body: { online } }),
    apply: (current: AssignmentSettings, online) => ({
      ...current,
      members: current.members.map((m) => (m.id === me.id ? { ...m, online } : m)),
    }),
    fromResponse: (data) => data,
    invalidates: [queryFamilies.chatLists],
  });
  if (!settings.data?.autoAssign || !mine) return null;
  return (
    <label className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700">
      <input
        type="checkbox"
        className="size-4 accent-brand-600"
        checked={mine.online}
        disabled={change.isPending}
        onChange={(e) => change.mutate(e.target.checked)}
        data-testid="online-toggle"
      />
      {t.ops.assignment.myStatus}
      {change.isError ? (
        <span role="alert" className="sr-only">
          {t.ops.assignment.error}
        </span>
      ) : null}
    </label>
  );
}
