import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Integration tests never touch the developer's .data/ directory.
process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-int-"));

// As Next.js's server does before loading its request storage (lib/test/request-scope.ts needs it).
import { AsyncLocalStorage } from "node:async_hooks";
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
