// Scripts read .env files the way Next.js does, before lib/env.ts parses process.env.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
