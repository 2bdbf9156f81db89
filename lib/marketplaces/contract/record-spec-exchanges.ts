import type { Operation } from "openapi-backend";

import { loadSpec } from "@/lib/marketplaces/contract/load-spec";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";
import type { Send } from "@/lib/marketplaces/contract/send-through-fetch";

// A `send` (the guarded client's shape, the connectors' `runtime.send`) that passes requests on to the given
// guarded client, towards a real server (the simulator), and judges each answer against the official spec: the operation is found by path, and the body is validated against the response schema the
// spec gives for the status returned. Used to hold the simulator to the same specs as the connectors.

export type SpecExchange = { operationId: string | null; request: string; status: number; errors: string[] };

type JsonObject = Record<string, unknown>;

function formatErrors(
  errors: { instancePath?: string; message?: string; params?: unknown }[] | null | undefined,
): string[] {
  return (errors ?? []).map((e) =>
    `${e.instancePath || "/"} ${e.message ?? ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim(),
  );
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

export async function recordSpecExchanges({
  mounts,
  send,
}: {
  mounts: { prefix: string; specs: SpecFile[] }[];
  send: Send;
}) {
  const apis = await Promise.all(
    mounts.map(async (m) => ({ prefix: m.prefix, apis: await Promise.all(m.specs.map(loadSpec)) })),
  );
  const exchanges: SpecExchange[] = [];

  const recordingSend: Send = async (request) => {
    const response = await send(request);
    const { bytes } = response;
    const url = new URL(request.url);
    const method = (request.method ?? "GET").toUpperCase();
    const mount = apis.find((m) => url.href.startsWith(m.prefix));
    if (mount) {
      const path = url.href.slice(mount.prefix.length).split("?")[0] || "/";
      const label = `${method} ${path}`;
      const req = { method: method.toLowerCase(), path, headers: {}, query: {} };
      const match = mount.apis.map((api) => ({ api, op: api.router.matchOperation(req) })).find((m) => m.op);
      if (!match?.op) {
        exchanges.push({
          operationId: null,
          request: label,
          status: response.status,
          errors: ["no such operation in the spec"],
        });
      } else {
        const { api, op } = match;
        const errors: string[] = [];
        const type = response.headers.get("content-type") ?? "";
        if (!declaresStatus(op, response.status))
          errors.push(`status ${response.status} is not documented for this operation`);
        else if (hasJsonSchema(op, response.status) && /json/.test(type)) {
          let body: unknown;
          try {
            body = JSON.parse(new TextDecoder().decode(bytes));
          } catch {
            errors.push("answer is not JSON");
          }
          if (!errors.length)
            errors.push(...formatErrors(api.validator.validateResponse(body, op, response.status).errors));
        }
        exchanges.push({ operationId: op.operationId!, request: label, status: response.status, errors });
      }
    }
    return response;
  };

  return { send: recordingSend, exchanges };
}
