// npm run test:int:pg - the integration tests again, on PostgreSQL (each test file in a schema of its own).
import { spawnSync } from "node:child_process";

const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
console.log(`integration tests on ${url.replace(/\/\/[^@]*@/, "//***@")}`);
const result = spawnSync("npx", ["vitest", "run", "--project", "integration"], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: url, DATABASE_URL: "" },
});
process.exit(result.status ?? 1);
