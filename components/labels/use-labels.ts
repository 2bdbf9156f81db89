"use client";

import type { ApiResult } from "@/components/api/types";
import { api } from "@/components/api/client";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import type { listLabels } from "@/lib/labels/list-labels";

export type LabelList = ApiResult<typeof listLabels>;
export type WorkspaceLabel = LabelList["labels"][number];

/** The workspace's labels with their open-chat counts (the filter pane polls it with the other counts). */
export function useLabels({ refetchInterval }: { refetchInterval?: number | false } = {}) {
  return useQuery({
    queryKey: queryKeys.labels(),
    queryFn: ({ signal }) => api<LabelList>("/api/labels", { signal }),
    refetchInterval,
    staleTime: 10_000,
  });
}
