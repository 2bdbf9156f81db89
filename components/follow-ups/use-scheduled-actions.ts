"use client";

import { api } from "@/components/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryFamilies } from "@/components/inbox/inbox-queries";
import type { ScheduleUpdate } from "@/lib/follow-ups/schedule-input";

/** Edit and cancel, shared by the thread and the list page; both refresh every scheduled list. */
export function useScheduledActions() {
  const qc = useQueryClient();
  const refresh = () =>
    qc.invalidateQueries({ predicate: (q) => (queryFamilies.scheduled as readonly unknown[]).includes(q.queryKey[0]) });
  const save = useMutation({
    mutationFn: ({ id, ...update }: ScheduleUpdate & { id: string }) =>
      api(`/api/scheduled/${id}`, { method: "PATCH", body: update }),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api(`/api/scheduled/${id}`, { method: "DELETE" }),
    onSettled: refresh,
  });
  // A refused edit is shown on its form's fields; a refused cancel under its message.
  const errorFor = (id: string) => (cancel.variables === id ? cancel.error : null);
  return { save, cancel, errorFor, refresh };
}
