import dns from "node:dns";
import net from "node:net";
import {
  Agent,
  buildConnector,
  FormData as UndiciFormData,
  fetch as undiciFetch,
  type RequestInit as UndiciRequestInit,
} from "undici";

import type { OutboundPolicy } from "@/lib/allowed-host";
import { blockedRange } from "@/lib/net/blocked-range";
import { OutboundError } from "@/lib/net/outbound-error";
import { isAllowedHost, outboundPolicyFromEnv } from "@/lib/net/outbound-policy";
import { processState } from "@/lib/process-state";

// The one HTTP client for every request whose URL a user can influence (provider calls, marketplace
// base URLs, Avito OAuth, attachment downloads). The address check runs in the connector, on the
// address the socket is opened to, so a DNS answer that changes between a check and the connection
// (rebinding) cannot slip through; redirects are returned as errors, never followed; the answer is
// read up to a size cap within one total time cap.

export type LookupFunction = typeof dns.lookup;

export type GuardedRequest = {
  url: string;
  method?: string;
  headers?: Headers | Record<string, string>;
  body?: string | URLSearchParams | FormData | Uint8Array;
  /** Total time for connecting, sending and reading the whole answer. */
  timeoutMs: number;
  /** Largest answer read; a longer one is cut off and refused. */
  maxBytes: number;
};

export type GuardedResponse = { status: number; headers: Headers; bytes: Uint8Array };

export type OutboundClient = {
  fetch: (request: GuardedRequest) => Promise<GuardedResponse>;
  close: () => Promise<void>;
};

export function createOutboundClient({
  policy,
  lookup = dns.lookup,
}: {
  policy: OutboundPolicy;
  lookup?: LookupFunction;
}): OutboundClient {
  const agent = new Agent({ connect: guardedConnector({ policy, lookup }) });
  return {
    fetch: (request) => sendGuarded({ agent, request }),
    close: () => agent.close(),
  };
}

const clients = processState({ key: "outbound-clients", init: () => new Map<string, OutboundClient>() });

/** Sends through the server's own policy (lib/env.ts: ALLOW_SIMULATOR, OUTBOUND_ALLOW_HOSTS). */
export function guardedFetch(request: GuardedRequest): Promise<GuardedResponse> {
  const policy = outboundPolicyFromEnv();
  // Keyed by the policy so tests that change the environment get a client that follows it.
  const key = JSON.stringify(policy);
  let client = clients.get(key);
  if (!client) {
    client = createOutboundClient({ policy });
    clients.set(key, client);
  }
  return client.fetch(request);
}

function guardedConnector({
  policy,
  lookup,
}: {
  policy: OutboundPolicy;
  lookup: LookupFunction;
}): buildConnector.connector {
  const connectChecked = buildConnector({ lookup: publicOnlyLookup(lookup) } as buildConnector.BuildOptions);
  const connectAllowed = buildConnector({ lookup } as buildConnector.BuildOptions);
  return (options, callback) => {
    const hostname = options.hostname;
    const port = String(options.port || (options.protocol === "https:" ? "443" : "80"));
    if (isAllowedHost({ policy, hostname, port })) return connectAllowed(options, callback);
    // An IP literal is never looked up: judge it here.
    const literalRange = net.isIP(hostname) ? blockedRange(hostname) : null;
    if (literalRange) return callback(blockedError(literalRange), null);
    connectChecked(options, (...args) => {
      const [error, socket] = args;
      if (error) return callback(error, null);
      // Belt and braces: the address actually connected to.
      const range = blockedRange(socket.remoteAddress ?? "");
      if (range) {
        socket.destroy();
        return callback(blockedError(range), null);
      }
      callback(null, socket);
    });
  };
}

function blockedError(range: string): OutboundError {
  return new OutboundError("blocked_address", `outbound request to a non-public address refused (${range})`);
}

/** dns.lookup that fails when any answer is a non-public address. */
function publicOnlyLookup(lookup: LookupFunction): LookupFunction {
  const guarded = (
    hostname: string,
    options: dns.LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void,
  ) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, options.all ? [] : "");
      const list = addresses as unknown as dns.LookupAddress[];
      const range = list.map((entry) => blockedRange(entry.address)).find((value) => value !== null);
      if (range || list.length === 0) return callback(blockedError(range ?? "no address"), options.all ? [] : "");
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
  return guarded as unknown as LookupFunction;
}

async function sendGuarded({ agent, request }: { agent: Agent; request: GuardedRequest }): Promise<GuardedResponse> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch (error) {
    throw new OutboundError("invalid_url", "outbound request refused: not a URL", { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new OutboundError("invalid_url", "outbound request refused: not http(s)");
  const timeout = AbortSignal.timeout(request.timeoutMs);
  try {
    const response = await undiciFetch(url, {
      method: request.method ?? "GET",
      headers: request.headers as UndiciRequestInit["headers"],
      body: toUndiciBody(request.body),
      redirect: "manual",
      signal: timeout,
      dispatcher: agent,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      throw new OutboundError("redirect", `outbound request answered ${response.status}: redirects are not followed`, {
        status: response.status,
      });
    }
    const declared = Number(response.headers.get("content-length") ?? "");
    if (Number.isFinite(declared) && declared > request.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(request.maxBytes);
    }
    const bytes = await readCapped({
      body: response.body as ReadableStream<Uint8Array> | null,
      maxBytes: request.maxBytes,
    });
    return { status: response.status, headers: new Headers([...response.headers]), bytes };
  } catch (error) {
    throw toOutboundError(error, timeout);
  }
}

// Node's global FormData belongs to its bundled undici; the undici package only serialises its own.
function toUndiciBody(body: GuardedRequest["body"]): UndiciRequestInit["body"] {
  if (!(body instanceof FormData)) return body as UndiciRequestInit["body"];
  const form = new UndiciFormData();
  for (const [name, value] of body.entries()) {
    if (typeof value === "string") form.append(name, value);
    else form.append(name, value, value.name);
  }
  return form;
}

async function readCapped({
  body,
  maxBytes,
}: {
  body: ReadableStream<Uint8Array> | null;
  maxBytes: number;
}): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling closes the connection: the rest is never read.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): OutboundError {
  return new OutboundError("too_large", `outbound answer larger than ${maxBytes} bytes refused`);
}

function toOutboundError(error: unknown, timeout: AbortSignal): OutboundError {
  if (error instanceof OutboundError) return error;
  if (timeout.aborted) return new OutboundError("timeout", "outbound request timed out", { cause: error });
  // undici wraps the connector's error (ours, or ECONNREFUSED / ENOTFOUND) in `cause`.
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    if (cause instanceof OutboundError) return cause;
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string")
      return new OutboundError("network", `outbound request failed: ${code}`, { causeCode: code, cause: error });
    if (cause === (cause as { cause?: unknown }).cause) break;
  }
  return new OutboundError("network", "outbound request failed", { cause: error });
}
