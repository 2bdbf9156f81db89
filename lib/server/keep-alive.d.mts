import type { Server } from "node:http";

export declare const KEEP_ALIVE_MS: number;
export function applyKeepAlive<S extends Server>(server: S): S;
