"use client";

import { api } from "@/components/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryFamilies } from "@/components/inbox/inbox-queries";

/** Edit and cancel, shared by the thread and the list page; both refresh every scheduled list. */
export function useScheduledActions() {
  const qc = useQueryClient();
  const refresh = () =>
    qc.invalidateQueries({ predicate: (q) => (queryFamilies.scheduled as readonly unknown[]).includes(q.queryKey[0]) });
  const save = useMutation({
    mutationFn: ({ id, text, sendAt }: { id: string; text: string; sendAt: string }) =>
      api(`/api/scheduled/${id}`, { method: "PATCH", body: { text, sendAt } }),
    onSettled: refresh,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api(`/api/scheduled/${id}`, { method: "DELETE" }),
    onSettled: refresh,
  });
  const errorFor = (id: string) =>
    (save.variables?.id === id ? save.error : null) ?? (cancel.variables === id ? cancel.error : null);
  return { save, cancel, errorFor, refresh };
}
