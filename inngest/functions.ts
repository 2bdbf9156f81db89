import type { InngestFunction } from "inngest";

// The functions served at /api/inngest. Each is a thin wrapper around a domain service in lib/.
export const functions: InngestFunction.Any[] = [];
