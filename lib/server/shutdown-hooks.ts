// What a stopping server process finishes before it exits (run by lib/server/graceful-shutdown.mjs from
// server.mjs). On globalThis because server.mjs and the app's modules share the process, not a bundle.
const HOOKS = Symbol.for("agentiq.shutdownHooks");

export type ShutdownHook = { name: string; run: () => Promise<unknown> | unknown };

const registry = globalThis as unknown as { [HOOKS]?: ShutdownHook[] };

/** Adds a hook; hooks run in the order they were added. One per name (a dev reload replaces it). */
export function onShutdown(hook: ShutdownHook): void {
  const hooks = (registry[HOOKS] ??= []);
  const index = hooks.findIndex((h) => h.name === hook.name);
  if (index >= 0) hooks[index] = hook;
  else hooks.push(hook);
}
