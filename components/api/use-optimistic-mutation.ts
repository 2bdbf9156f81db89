"use client";

import {
  hashKey,
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
} from "@tanstack/react-query";

type Context<TCache> = { previous: TCache | undefined; seq: number };

export type OptimisticOptions<TCache, TVars, TData> = {
  /** The cached query the change shows in at once. */
  queryKey: QueryKey;
  mutationFn: (vars: TVars) => Promise<TData>;
  /** The cache as it will be once the server has applied `vars`. */
  apply: (current: TCache, vars: TVars) => TCache;
  /** The cache from the server's answer, when the answer is the whole resource; else the settle refetch brings it. */
  fromResponse?: (data: TData) => TCache;
  /** Other queries the change affects (list counts ...), refreshed once every change to `queryKey` has settled. */
  invalidates?: QueryKey[];
};

// The latest change started per cached query, per client: an answer to an older one must not overwrite a newer choice.
const latest = new WeakMap<QueryClient, Map<string, number>>();

function counter(qc: QueryClient): Map<string, number> {
  let map = latest.get(qc);
  if (!map) latest.set(qc, (map = new Map()));
  return map;
}

/**
 * Mutation options for a change shown before the server answers: pending refetches of the query are
 * cancelled, the cache is snapshotted and changed; an error puts the snapshot back; only the answer to
 * the newest change is written to the cache (a slower older answer is ignored); and once the last
 * change to the query has settled, it and `invalidates` are refetched so the screen ends on the
 * server's truth.
 */
export function optimisticMutationOptions<TCache, TVars, TData>(
  qc: QueryClient,
  { queryKey, mutationFn, apply, fromResponse, invalidates = [] }: OptimisticOptions<TCache, TVars, TData>,
): UseMutationOptions<TData, unknown, TVars, Context<TCache>> {
  const id = hashKey(queryKey);
  const mutationKey = ["optimistic", ...queryKey];
  const isLatest = (context: Context<TCache> | undefined) =>
    context !== undefined && counter(qc).get(id) === context.seq;
  return {
    mutationKey,
    mutationFn,
    onMutate: async (vars) => {
      const seq = (counter(qc).get(id) ?? 0) + 1;
      counter(qc).set(id, seq);
      await qc.cancelQueries({ queryKey });
      const previous = qc.getQueryData<TCache>(queryKey);
      if (previous !== undefined) qc.setQueryData<TCache>(queryKey, apply(previous, vars));
      return { previous, seq };
    },
    onSuccess: (data, _vars, context) => {
      if (fromResponse && isLatest(context)) qc.setQueryData<TCache>(queryKey, fromResponse(data));
    },
    onError: (_error, _vars, context) => {
      // A newer change is on screen: leave it; the refetch after the last one settles shows the truth.
      if (isLatest(context) && context?.previous !== undefined) qc.setQueryData<TCache>(queryKey, context.previous);
    },
    onSettled: async () => {
      if (qc.isMutating({ mutationKey }) > 1) return;
      await Promise.all([queryKey, ...invalidates].map((key) => qc.invalidateQueries({ queryKey: key })));
    },
  };
}

/** useMutation with optimistic cache updates done one way (see optimisticMutationOptions). */
export function useOptimisticMutation<TCache, TVars, TData>(options: OptimisticOptions<TCache, TVars, TData>) {
  const qc = useQueryClient();
  return useMutation(optimisticMutationOptions(qc, options));
}
