// Throwaway keys and public URL for tests that parse a production environment (lib/env.ts requires them).
export const PRODUCTION_KEYS = {
  APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  NEXTAUTH_SECRET: "x".repeat(43),
  NEXTAUTH_URL: "https://inbox.example.com",
} as const;
