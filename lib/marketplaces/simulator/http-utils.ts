import type { IncomingMessage, ServerResponse } from "node:http";

import { parseJson, stringifyJson } from "@/lib/marketplaces/http/json";

// Minimal request/response plumbing for the simulator's route modules.

export type SimRequest = {
  method: string;
  /** Path after the marketplace prefix, e.g. "/api/v1/seller/events". */
  path: string;
  query: URLSearchParams;
  headers: Headers;
  bytes: Uint8Array<ArrayBuffer>;
  text: string;
};

export type SimResponse = {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON (bigint -> bare number); strings/bytes as is. */
  body?: unknown;
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers: { "content-type": "application/json; charset=utf-8", ...headers } };
}

export function empty(status: number): SimResponse {
  return { status };
}

export function readJson(req: SimRequest): unknown {
  return req.text.trim() === "" ? null : parseJson(req.text);
}

/** Parses multipart/form-data or urlencoded bodies with the platform's own parser. */
export async function readForm(req: SimRequest): Promise<FormData> {
  const request = new Request("http://sim.local/", {
    method: "POST",
    headers: req.headers,
    body: req.bytes,
  });
  return request.formData();
}

export async function toSimRequest(
  incoming: IncomingMessage,
  path: string,
  query: URLSearchParams,
): Promise<SimRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const bytes = Uint8Array.from(Buffer.concat(chunks));
  const headers = new Headers();
  for (const [key, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(", "));
  }
  return { method: incoming.method ?? "GET", path, query, headers, bytes, text: new TextDecoder().decode(bytes) };
}

export function writeResponse(res: ServerResponse, out: SimResponse): void {
  let payload: string | Uint8Array | undefined;
  if (out.body === undefined || out.body === null) payload = undefined;
  else if (typeof out.body === "string" || out.body instanceof Uint8Array) payload = out.body;
  else payload = stringifyJson(out.body);
  res.writeHead(out.status, out.headers ?? {});
  res.end(payload);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
