import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Integration tests never touch the developer's .data/ directory.
process.env.DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-int-"));
