import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { optimisticMutationOptions, type OptimisticOptions } from "@/components/api/use-optimistic-mutation";

type Labels = { on: string[] };
type Vars = { id: string; on: boolean };
const KEY = ["chat-labels", "c1"];

/** A request whose answer the test releases: resolve(data) or reject(error). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

function setup(overrides: Partial<OptimisticOptions<Labels, Vars, Labels>> = {}) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  qc.setQueryData<Labels>(KEY, { on: [] });
  const answers: ReturnType<typeof deferred<Labels>>[] = [];
  const options = optimisticMutationOptions<Labels, Vars, Labels>(qc, {
    queryKey: KEY,
    mutationFn: () => {
      const answer = deferred<Labels>();
      answers.push(answer);
      return answer.promise;
    },
    apply: (current, { id, on }) => ({
      on: on ? [...current.on.filter((x) => x !== id), id] : current.on.filter((x) => x !== id),
    }),
    fromResponse: (data) => data,
    ...overrides,
  });
  const mutate = (vars: Vars) => new MutationObserver(qc, options).mutate(vars).catch(() => null);
  const started = async (n: number) => vi.waitFor(() => expect(answers).toHaveLength(n));
  return { qc, answers, mutate, started, cached: () => qc.getQueryData<Labels>(KEY) };
}

describe("optimisticMutationOptions", () => {
  it("shows the change at once and the server's answer after", async () => {
    const { mutate, answers, started, cached } = setup();
    const done = mutate({ id: "vip", on: true });
    await started(1);
    expect(cached()).toEqual({ on: ["vip"] });
    answers[0]!.resolve({ on: ["vip", "from-server"] });
    await done;
    expect(cached()).toEqual({ on: ["vip", "from-server"] });
  });

  it("puts the snapshot back when the server refuses", async () => {
    const { mutate, answers, started, cached } = setup();
    const done = mutate({ id: "vip", on: true });
    await started(1);
    answers[0]!.reject(new Error("refused"));
    await done;
    expect(cached()).toEqual({ on: [] });
  });

  it("ignores a slower answer to an older change: the newer choice stays", async () => {
    const { mutate, answers, started, cached } = setup();
    const first = mutate({ id: "vip", on: true });
    await started(1);
    const second = mutate({ id: "vip", on: false });
    await started(2);
    expect(cached()).toEqual({ on: [] });
    answers[1]!.resolve({ on: [] });
    await second;
    answers[0]!.resolve({ on: ["vip"] });
    await first;
    expect(cached()).toEqual({ on: [] });
  });

  it("does not roll back a newer choice when an older change fails", async () => {
    const { mutate, answers, started, cached } = setup();
    const first = mutate({ id: "vip", on: true });
    await started(1);
    const second = mutate({ id: "late", on: true });
    await started(2);
    answers[0]!.reject(new Error("refused"));
    await first;
    expect(cached()).toEqual({ on: ["vip", "late"] });
    answers[1]!.reject(new Error("refused too"));
    await second;
    expect(cached()).toEqual({ on: ["vip"] });
  });

  it("cancels a refetch in flight, so its older data does not replace the change", async () => {
    const { qc, mutate, answers, started, cached } = setup();
    const refetch = deferred<Labels>();
    const fetching = qc.fetchQuery({ queryKey: KEY, queryFn: () => refetch.promise, staleTime: 0 }).catch(() => null);
    const done = mutate({ id: "vip", on: true });
    await started(1);
    refetch.resolve({ on: [] });
    await fetching;
    expect(cached()).toEqual({ on: ["vip"] });
    answers[0]!.resolve({ on: ["vip"] });
    await done;
  });

  it("refreshes the query and the related ones once, after the last change settles", async () => {
    const { qc, mutate, answers, started } = setup({ invalidates: [["chat-lists"]] });
    const invalidate = vi.spyOn(qc, "invalidateQueries");
    const first = mutate({ id: "a", on: true });
    const second = mutate({ id: "b", on: true });
    await started(2);
    answers[0]!.resolve({ on: ["a"] });
    await first;
    expect(invalidate).not.toHaveBeenCalled();
    answers[1]!.resolve({ on: ["a", "b"] });
    await second;
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([KEY, ["chat-lists"]]);
  });
});
