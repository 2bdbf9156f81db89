"use client";

import { api } from "@/components/api/client";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Me } from "@/components/inbox/types";
import { useI18n } from "@/components/providers";
import type { AssignmentSettings } from "@/components/team/assignment-settings";

/** "I'm online": shown when the workspace assigns chats automatically; the member takes new chats while on. */
export function OnlineToggle({ me }: { me: Me }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: queryKeys.assignment(), queryFn: ({ signal }) => api<AssignmentSettings>("/api/assignment", { signal }), staleTime: 30_000 });
  const mine = settings.data?.members.find((m) => m.id === me.id);
  const change = useMutation({
    mutationFn: (online: boolean) =>
      api<AssignmentSettings>(`/api/assignment/members/${me.id}`, { method: "PATCH", body: { online } }),
    onMutate: (online) => {
      const previous = qc.getQueryData<AssignmentSettings>(queryKeys.assignment());
      if (previous) qc.setQueryData(queryKeys.assignment(), { ...previous, members: previous.members.map((m) => (m.id === me.id ? { ...m, online } : m)) });
      return { previous };
    },
    onError: (_e, _online, context) => context?.previous && qc.setQueryData(queryKeys.assignment(), context.previous),
    onSuccess: (data) => {
      qc.setQueryData(queryKeys.assignment(), data);
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    },
  });
  if (!settings.data?.autoAssign || !mine) return null;
  return (
    <label className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-700">
      <input type="checkbox" className="size-4 accent-brand-600" checked={mine.online} disabled={change.isPending} onChange={(e) => change.mutate(e.target.checked)} data-testid="online-toggle" />
      {t.ops.assignment.myStatus}
      {change.isError ? <span role="alert" className="sr-only">{t.ops.assignment.error}</span> : null}
    </label>
  );
}
