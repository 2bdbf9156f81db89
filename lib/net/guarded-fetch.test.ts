import http from "node:http";
import type { AddressInfo } from "node:net";
import type dns from "node:dns";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import {
  createOutboundClient,
  type GuardedRequest,
  type LookupFunction,
  type OutboundClient,
} from "@/lib/net/guarded-fetch";
import { OutboundError } from "@/lib/net/outbound-error";

// A local server stands for an internal service; the guard must not let a request reach it unless
// the policy names it. Nothing here reaches a real host.

let server: http.Server;
let port: number;
const hits: string[] = [];
const TEN_MB = 10 * 1024 * 1024;
let streamed = 0;
let streamClosed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/redirect") {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/secret` }).end();
    } else if (req.url === "/huge") {
      // 10 MB without content-length, written as fast as the client reads: counts what got out.
      res.writeHead(200, { "content-type": "application/octet-stream" });
      streamed = 0;
      const chunk = Buffer.alloc(64 * 1024, 120);
      streamClosed = new Promise((resolve) => res.on("close", () => resolve()));
      const pump = () => {
        while (streamed < TEN_MB && !res.destroyed) {
          streamed += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else if (req.url === "/declared-huge") {
      res.writeHead(200, { "content-length": String(TEN_MB) }).write("x");
    } else if (req.url === "/slow") {
      res.writeHead(200, { "content-type": "text/plain" }).write("partial");
      // Never ends: the client's total time cap must.
    } else {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ internal: "secret data" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const clients: OutboundClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  hits.length = 0;
});

function client({
  allow = [] as string[],
  lookup,
}: { allow?: string[]; lookup?: LookupFunction } = {}): OutboundClient {
  const allowedHosts = allow.map((entry) => {
    const [hostname, p] = entry.split(/:(?=\d+$)/);
    return { hostname: hostname!, port: p ?? null };
  });
  const created = createOutboundClient({ policy: { allowedHosts }, lookup });
  clients.push(created);
  return created;
}

async function refusal(promise: Promise<unknown>): Promise<OutboundError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundError);
  return error as OutboundError;
}

const get = (url: string, extra: Partial<GuardedRequest> = {}): GuardedRequest => ({
  url,
  timeoutMs: 5_000,
  maxBytes: 64 * 1024,
  ...extra,
});

/** A resolver that answers every name with the given addresses (an attacker's DNS). */
function fakeLookup(addresses: dns.LookupAddress[]): LookupFunction {
  const lookup = (
    _host: string,
    options: dns.LookupOptions,
    callback: (e: Error | null, a: unknown, f?: number) => void,
  ) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  return lookup as unknown as LookupFunction;
}

describe("guarded outbound client", () => {
  it("refuses loopback by IP literal and never reaches the service", async () => {
    const error = await refusal(client().fetch(get(`http://127.0.0.1:${port}/`)));
    expect(error.code).toBe("blocked_address");
    expect(hits).toEqual([]);
  });

  it.each([
    ["a private address", "http://10.0.0.1/"],
    ["another private range", "http://192.168.1.1:8080/"],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a carrier-grade NAT address (Alibaba metadata)", "http://100.100.100.200/"],
    ["the unspecified address", "http://0.0.0.0/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/"],
    ["an IPv6 unique-local address", "http://[fd00:ec2::254]/"],
    ["an IPv6 link-local address", "http://[fe80::1]/"],
    ["loopback written as one number", "http://2130706433/"],
    ["loopback written in hex and short form", "http://0x7f.1/"],
    ["NAT64 carrying a private address", "http://[64:ff9b::a00:1]/"],
    ["IPv4-compatible IPv6 carrying loopback", "http://[::127.0.0.1]/"],
    ["IPv4-compatible IPv6 carrying the metadata address", "http://[::a9fe:a9fe]/"],
  ])("refuses %s before connecting", async (_name, url) => {
    expect((await refusal(client().fetch(get(url)))).code).toBe("blocked_address");
  });

  it("refuses a name that resolves to loopback (localhost), checked on the resolved address", async () => {
    expect((await refusal(client().fetch(get(`http://localhost:${port}/`)))).code).toBe("blocked_address");
    expect(hits).toEqual([]);
  });

  it("refuses a public-looking name whose DNS answer is internal, even when mixed with a public one", async () => {
    const internal = client({ lookup: fakeLookup([{ address: "127.0.0.1", family: 4 }]) });
    expect((await refusal(internal.fetch(get(`http://api.marketplace.example:${port}/`)))).code).toBe(
      "blocked_address",
    );
    const mixed = client({
      lookup: fakeLookup([
        { address: "93.184.216.34", family: 4 },
        { address: "169.254.169.254", family: 4 },
      ]),
    });
    expect((await refusal(mixed.fetch(get("http://api.marketplace.example/")))).code).toBe("blocked_address");
    expect(hits).toEqual([]);
  });

  it("refuses what is not http(s)", async () => {
    expect((await refusal(client().fetch(get("file:///etc/passwd")))).code).toBe("invalid_url");
    expect((await refusal(client().fetch(get("data:text/plain,hello")))).code).toBe("invalid_url");
  });

  it("reaches a host only when the server's policy names it", async () => {
    const res = await client({ allow: [`127.0.0.1:${port}`] }).fetch(get(`http://127.0.0.1:${port}/ok`));
    expect(res.status).toBe(200);
    expect(JSON.parse(new TextDecoder().decode(res.bytes))).toEqual({ internal: "secret data" });
    // Another port of the same host is not allowed by a host:port entry.
    expect((await refusal(client({ allow: ["127.0.0.1:1"] }).fetch(get(`http://127.0.0.1:${port}/ok`)))).code).toBe(
      "blocked_address",
    );
  });

  it("does not follow a redirect: a 302 to an internal address is an error and the target is never requested", async () => {
    const error = await refusal(
      client({ allow: [`127.0.0.1:${port}`] }).fetch(
        get(`http://127.0.0.1:${port}/redirect`, { method: "POST", body: "x" }),
      ),
    );
    expect(error.code).toBe("redirect");
    expect(error.status).toBe(302);
    expect(hits).toEqual(["/redirect"]);
  });

  it("cuts an oversize answer off while streaming it", async () => {
    const error = await refusal(client({ allow: [`127.0.0.1:${port}`] }).fetch(get(`http://127.0.0.1:${port}/huge`)));
    expect(error.code).toBe("too_large");
    await streamClosed;
    expect(streamed).toBeLessThan(TEN_MB);
  });

  it("refuses an answer whose declared length passes the cap without reading it", async () => {
    expect(
      (await refusal(client({ allow: [`127.0.0.1:${port}`] }).fetch(get(`http://127.0.0.1:${port}/declared-huge`))))
        .code,
    ).toBe("too_large");
  });

  it("gives up on an answer that does not finish within the total time cap", async () => {
    const error = await refusal(
      client({ allow: [`127.0.0.1:${port}`] }).fetch(get(`http://127.0.0.1:${port}/slow`, { timeoutMs: 150 })),
    );
    expect(error.code).toBe("timeout");
  });
});
