"use client";

import { queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/inbox/fetch-json";
import type { Jsonified } from "@/components/inbox/types";
import type { listLabels } from "@/lib/labels/list-labels";

export type LabelList = Jsonified<Awaited<ReturnType<typeof listLabels>>>;
export type WorkspaceLabel = LabelList["labels"][number];

/** The workspace's labels with their open-chat counts (the filter pane polls it with the other counts). */
export function useLabels({ refetchInterval }: { refetchInterval?: number | false } = {}) {
  return useQuery({ queryKey: queryKeys.labels(), queryFn: ({ signal }) => fetchJson<LabelList>("/api/labels", { signal }), refetchInterval, staleTime: 10_000 });
}
