// A recurring job (the list: lib/job-list.ts). Its runner and Inngest take it as it is.
/** `F`: what a fanned-out job names for Inngest (the ingest jobs, lib/ingest/ingest-jobs.ts). */
export type Job<F extends string = string> = {
  /** The Inngest function's id and the job's name in the JobRun ledger. */
  id: string;
  everyMs: number;
  run: () => Promise<unknown>;
  /** On Inngest: a cron that sends one event per due account, for the per-account function (sync-account). */
  fanOut?: F;
  /**
   * A pickup of work a web instance stored (webhooks, review requests): only the worker role runs it,
   * on every worker at once (the rows are claimed, lib/jobs/claim-batch.ts); not on Inngest, where
   * the web instance's event carries that work, nor in the all-in-one process, which hands it off
   * after the response.
   */
  pickup?: true;
  /** Runs on every instance, outside the once-per-period ledger: it claims what it works on (adaptive polling). */
  everyInstance?: true;
};

/** Inngest's cron for an interval: its finest is a minute. */
export function cronFor(everyMs: number): string {
  const minutes = Math.max(1, Math.round(everyMs / 60_000));
  if (minutes === 1) return "* * * * *";
  if (minutes < 60) return `*/${minutes} * * * *`;
  return `0 */${Math.round(minutes / 60)} * * *`;
}
