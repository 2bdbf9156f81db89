import type { Server } from "node:http";

export function closeServer(input: { server: Server | null; timeoutMs: number }): Promise<{ forced: boolean }>;
export function runShutdownHooks(input: { timeoutMs: number; log?: (line: string) => void }): Promise<void>;
export function installGracefulShutdown(input: {
  /** null for the worker role, which serves no HTTP. */
  server: Server | null;
  requestTimeoutMs?: number;
  hookTimeoutMs?: number;
  close?: () => Promise<unknown> | unknown;
  log?: (line: string) => void;
  exit?: (code: number) => void;
}): { stop(signal: string): Promise<void>; stopOnce(reason: string): Promise<void> };
