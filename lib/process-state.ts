// Next.js bundles route handlers separately, so a module-level Map could exist once per route in
// one server process: the settings route would clear a cache the webhook route never sees. State
// that several routes share lives on globalThis, as lib/db.ts keeps the database handle.
export function processState<T>({ key, init }: { key: string; init: () => T }): T {
  const store = globalThis as unknown as Record<string, unknown>;
  const name = `__agentiq:${key}`;
  store[name] ??= init();
  return store[name] as T;
}
