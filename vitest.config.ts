import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// Tests run the connectors and provider senders against local stand-ins on 127.0.0.1 (any port): the
// guarded outbound client reaches them through this explicit allowance, as a staging server would.
const env = { OUTBOUND_ALLOW_HOSTS: "127.0.0.1" };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          env,
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**"],
        },
      },
      {
        resolve: { alias },
        // Components in a browser-like document (happy-dom): forms driven as a user would, fetch stubbed.
        test: {
          name: "components",
          environment: "happy-dom",
          env,
          include: ["**/*.test.tsx"],
          exclude: ["node_modules/**", "e2e/**", ".next/**"],
          setupFiles: ["./components/test/setup.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          env,
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**", ".next/**"],
          // PGlite runs: one migrated template per run; each file starts from a copy of it.
          globalSetup: ["./lib/test/int-global-setup.ts"],
          setupFiles: ["./lib/test/int-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
