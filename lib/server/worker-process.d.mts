export function planRoles(input: { role?: string | null; databaseUrl?: string | null; oneProcess?: boolean }): {
  here: string;
  child: boolean;
};

type WorkerLike = {
  once(event: "exit", listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  kill(signal: NodeJS.Signals): unknown;
};

export function superviseWorker<W extends WorkerLike>(input: {
  start: () => W;
  log?: (line: string) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
  stableMs?: number;
  stopTimeoutMs?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: never) => void;
}): { current(): W | null; stop(): Promise<void> };
