import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Integration tests never touch the developer's .data/ directory.
process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-int-"));

// As Next.js's server does before loading its request storage (lib/test/request-scope.ts needs it).
import { AsyncLocalStorage } from "node:async_hooks";
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

// As lib/start-server.ts does before the app serves: the domains subscribe to the message store's events.
// Imported in a hook, after the test file's own imports, so its vi.mock() calls apply to the subscribers too.
import { beforeAll } from "vitest";
beforeAll(async () => {
  const { registerDomainSubscribers } = await import("@/lib/domain-subscribers");
  registerDomainSubscribers();
});
