import type { Operation } from "openapi-backend";

import { loadSpec } from "@/lib/marketplaces/contract/load-spec";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";

// A `fetch` that passes requests through to a real server (the simulator) and judges each answer against the
// official spec: the operation is found by path, and the body is validated against the response schema the
// spec gives for the status returned. Used to hold the simulator to the same specs as the connectors.

export type SpecExchange = { operationId: string | null; request: string; status: number; errors: string[] };

type JsonObject = Record<string, unknown>;

function formatErrors(errors: { instancePath?: string; message?: string; params?: unknown }[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim());
}

function declaresStatus(op: Operation, status: number): boolean {
  const codes = Object.keys(op.responses ?? {});
  return codes.includes(String(status)) || codes.includes(`${String(status)[0]}XX`) || codes.includes("default");
}

function hasJsonSchema(op: Operation, status: number): boolean {
  const response = (op.responses ?? {})[String(status)] as JsonObject | undefined;
  const content = (response?.content ?? {}) as Record<string, JsonObject>;
  return Object.values(content).some((m) => m.schema !== undefined);
}

export async function recordSpecExchanges({ mounts }: { mounts: { prefix: string; specs: SpecFile[] }[] }) {
  const apis = await Promise.all(mounts.map(async (m) => ({ prefix: m.prefix, apis: await Promise.all(m.specs.map(loadSpec)) })));
  const exchanges: SpecExchange[] = [];

  const recordingFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const url = new URL(request.url);
    const mount = apis.find((m) => url.href.startsWith(m.prefix));
    if (mount) {
      const path = url.href.slice(mount.prefix.length).split("?")[0] || "/";
      const label = `${request.method} ${path}`;
      const req = { method: request.method.toLowerCase(), path, headers: {}, query: {} };
      const match = mount.apis.map((api) => ({ api, op: api.router.matchOperation(req) })).find((m) => m.op);
      if (!match?.op) {
        exchanges.push({ operationId: null, request: label, status: response.status, errors: ["no such operation in the spec"] });
      } else {
        const { api, op } = match;
        const errors: string[] = [];
        const type = response.headers.get("content-type") ?? "";
        if (!declaresStatus(op, response.status)) errors.push(`status ${response.status} is not documented for this operation`);
        else if (hasJsonSchema(op, response.status) && /json/.test(type)) {
          let body: unknown;
          try {
            body = JSON.parse(new TextDecoder().decode(bytes));
          } catch {
            errors.push("answer is not JSON");
          }
          if (!errors.length) errors.push(...formatErrors(api.validator.validateResponse(body, op, response.status).errors));
        }
        exchanges.push({ operationId: op.operationId!, request: label, status: response.status, errors });
      }
    }
    return new Response(response.status === 204 ? null : bytes, { status: response.status, headers: response.headers });
  }) as typeof fetch;

  return { fetch: recordingFetch, exchanges };
}
