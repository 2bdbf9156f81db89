import type OpenAPIBackend from "openapi-backend";
import type { Operation } from "openapi-backend";

import { generateSample } from "@/lib/marketplaces/contract/generate-sample";
import { loadSpec } from "@/lib/marketplaces/contract/load-spec";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";
import { sendThroughFetch, type Send } from "@/lib/marketplaces/contract/send-through-fetch";

// A marketplace stand-in generated from the official specs (openapi-backend routes and validates; answers are
// the spec's examples in static mode, seeded json-schema-faker samples in random mode). It answers in memory:
// `send` has the guarded client's shape and is handed to the connector as `runtime.send` (`fetch` is the same
// stand-in for the harness's own tests), so no port and no real host is involved. Every request the
// connector sends is checked against the spec (path, method, query, headers, body, auth scheme); problems are
// collected in `violations`, and the answer is still given so one bad request does not hide the next.

export type MockMode = { kind: "static" } | { kind: "random"; seed: number };

export type SpecViolation = { operationId: string | null; request: string; errors: string[] };

export type SpecMock = {
  fetch: typeof fetch;
  /** The stand-in as the connectors' `runtime.send`. */
  send: Send;
  calls: { operationId: string; request: string; status: number; body: unknown }[];
  violations: SpecViolation[];
  /** Spec examples that do not match their own schema (static mode only): spec defects, not connector ones. */
  exampleFindings: string[];
};

type Route = { origin: string; specs: SpecFile[] };

const MAX_REQUESTS = 80;
const GENERATION_ATTEMPTS = 12;

type JsonObject = Record<string, unknown>;

async function readBody(request: Request): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (request.method === "GET" || request.method === "HEAD") return undefined;
  if (type === "multipart/form-data") {
    const form = await request.formData();
    const out: JsonObject = {};
    for (const key of new Set(form.keys())) {
      const values = form.getAll(key).map((v) => (typeof v === "string" ? v : `<file ${v.name}>`));
      out[key] = values.length > 1 ? values : values[0];
    }
    return out;
  }
  const text = await request.text();
  if (!text) return undefined;
  if (type === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(text));
  if (type === "application/json") {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function queryOf(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0]!;
  }
  return out;
}

/** The operation's security (or the document's): at least one alternative must be fully present. */
function securityErrors(api: OpenAPIBackend, op: Operation, headers: Record<string, string>): string[] {
  const doc = api.definition as JsonObject;
  const requirements = (op.security ?? doc.security) as Record<string, string[]>[] | undefined;
  if (!requirements || requirements.length === 0) return [];
  const schemes = ((doc.components as JsonObject | undefined)?.securitySchemes ?? {}) as Record<string, JsonObject>;
  const present = (name: string) => {
    const scheme = schemes[name];
    if (!scheme) return false;
    if (scheme.type === "apiKey" && scheme.in === "header") return Boolean(headers[String(scheme.name).toLowerCase()]);
    if (scheme.type === "oauth2" || (scheme.type === "http" && scheme.scheme === "bearer"))
      return /^Bearer \S+/.test(headers.authorization ?? "");
    return false;
  };
  if (requirements.some((alt) => Object.keys(alt).every(present))) return [];
  const names = requirements.map((alt) => Object.keys(alt).join(" + ") || "(none)").join(" | ");
  return [`security: none of the required credentials were sent (${names})`];
}

/** A multipart part sent once is one value; where the spec types the field as an array, it is an array of one. */
function wrapMultipartArrays(op: Operation, body: unknown): unknown {
  const content = ((op.requestBody as JsonObject | undefined)?.content ?? {}) as Record<string, JsonObject>;
  const schema = content["multipart/form-data"]?.schema as JsonObject | undefined;
  if (!schema || !body || typeof body !== "object") return body;
  const props = (schema.properties ?? {}) as Record<string, JsonObject>;
  const out: JsonObject = { ...(body as JsonObject) };
  for (const [key, value] of Object.entries(out))
    if (props[key]?.type === "array" && !Array.isArray(value)) out[key] = [value];
  return out;
}

function successStatus(op: Operation): number {
  const codes = Object.keys(op.responses ?? {})
    .filter((c) => /^2\d\d$/.test(c))
    .sort();
  return Number(codes[0] ?? 200);
}

function responseSchema(op: Operation, status: number): unknown {
  const response = (op.responses ?? {})[String(status)] as JsonObject | undefined;
  const content = (response?.content ?? {}) as Record<string, JsonObject>;
  const media = content["application/json"] ?? Object.values(content)[0];
  return media?.schema;
}

function formatErrors(
  errors: { instancePath?: string; message?: string; params?: unknown }[] | null | undefined,
): string[] {
  return (errors ?? []).map((e) =>
    `${e.instancePath || "/"} ${e.message ?? ""} ${e.params ? JSON.stringify(e.params) : ""}`.trim(),
  );
}

export async function createSpecMock({
  routes,
  mode,
  exampleAnswersFor = [],
}: {
  routes: Route[];
  mode: MockMode;
  /** Operations answered with the spec's example even in random mode (token endpoints while another operation is judged). */
  exampleAnswersFor?: string[];
}): Promise<SpecMock> {
  const backends = await Promise.all(
    routes.map(async (r) => ({ origin: r.origin, apis: await Promise.all(r.specs.map(loadSpec)) })),
  );
  const mock: SpecMock = { fetch: null as never, send: null as never, calls: [], violations: [], exampleFindings: [] };
  let counter = 0;

  function answer(api: OpenAPIBackend, op: Operation): { status: number; body: unknown } {
    const status = successStatus(op);
    const schema = responseSchema(op, status);
    if (schema === undefined) return { status, body: undefined };
    if (mode.kind === "static" || exampleAnswersFor.includes(op.operationId!)) {
      const { mock: body } = api.mockResponseForOperation(op.operationId!, { code: status });
      const check = api.validator.validateResponse(body, op, status);
      if (check.errors?.length)
        mock.exampleFindings.push(`${op.operationId}: ${formatErrors(check.errors).join("; ")}`);
      return { status, body };
    }
    counter += 1;
    const problems: string[] = [];
    for (let attempt = 0; attempt < GENERATION_ATTEMPTS; attempt++) {
      const body = generateSample({ schema, seed: mode.seed * 100_003 + counter * 101 + attempt });
      const check = api.validator.validateResponse(body, op, status);
      if (!check.errors?.length) return { status, body };
      problems.push(formatErrors(check.errors).join("; "));
    }
    throw new Error(
      `contract harness: no schema-valid answer generated for ${op.operationId} (seed ${mode.seed}): ${problems[0]}`,
    );
  }

  mock.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const label = `${request.method} ${url.pathname}${url.search}`;
    if (mock.calls.length >= MAX_REQUESTS)
      throw new Error(
        `contract harness: more than ${MAX_REQUESTS} requests (${label}): the connector does not stop paging`,
      );
    const route = backends.find((b) => b.origin === url.origin);
    if (!route) throw new Error(`contract harness: no spec mounted at ${url.origin}`);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => (headers[key] = value));
    const body = await readBody(request);
    const req = { method: request.method.toLowerCase(), path: url.pathname, query: queryOf(url), headers, body };

    for (const api of route.apis) {
      const op = api.router.matchOperation(req);
      if (!op) continue;
      const multipart = (headers["content-type"] ?? "").startsWith("multipart/form-data");
      const validation = api.validator.validateRequest(
        multipart ? { ...req, body: wrapMultipartArrays(op, body) } : req,
        op,
      );
      const errors = [...formatErrors(validation.errors), ...securityErrors(api, op, headers)];
      if (errors.length) mock.violations.push({ operationId: op.operationId!, request: label, errors });
      const { status, body: out } = answer(api, op);
      mock.calls.push({ operationId: op.operationId!, request: label, status, body: out });
      const text = out === undefined || status === 204 ? null : JSON.stringify(out);
      return new Response(text, { status, headers: text === null ? {} : { "content-type": "application/json" } });
    }
    mock.violations.push({ operationId: null, request: label, errors: ["no such operation in the spec"] });
    mock.calls.push({ operationId: "(none)", request: label, status: 404, body: null });
    return new Response(JSON.stringify({ error: "not in spec" }), {
      status: 404,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  mock.send = sendThroughFetch((request) => mock.fetch(request));
  return mock;
}
