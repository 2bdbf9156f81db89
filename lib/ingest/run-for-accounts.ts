import { logger } from "@/lib/log";

const log = logger("ingest");

/**
 * The in-process fan-out: a few accounts at a time, one failure never stopping the others
 * (each service records its own failure on the account).
 */
export async function runForAccounts<T>({
  accountIds,
  run,
  concurrency = 4,
}: {
  accountIds: string[];
  run: (accountId: string) => Promise<T>;
  concurrency?: number;
}) {
  const queue = [...accountIds];
  const results: { accountId: string; result?: T; error?: string }[] = [];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        results.push({ accountId: id, result: await run(id) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error("account job failed", { accountId: id, error: message });
        results.push({ accountId: id, error: message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, accountIds.length) }, worker));
  return results;
}
