import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import * as replies from "@/app/api/chats/[id]/replies/route";
import * as signup from "@/app/api/signup/route";
import * as bulkJobs from "@/app/api/bulk-jobs/route";
import * as presence from "@/app/api/presence/route";
import * as labels from "@/app/api/labels/route";
import { env } from "@/lib/env";
import { handleDirectRequest, maxRequestBytes } from "@/lib/direct-answers/direct-requests";
import { JSON_BODY_MAX_BYTES, SMALL_BODY_MAX_BYTES } from "@/lib/http/read-limited-body";
import { MAX_REPLY_BODY_BYTES } from "@/lib/inbox/reply-body-limit";
import { countingBody } from "@/lib/test/counting-body";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Every route reads its body against a limit while it streams in: a body over it is answered 413
// after at most the limit (plus the chunk in flight) was read — never buffered in full first.
// The bodies here are generated as they are read, and the tests count the bytes read, not the time.

const CHUNK = 64 * 1024;
let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Limits", chats: 1 });
});
afterAll(() => db.cleanup());

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function send(
  handler: Handler,
  {
    totalBytes,
    declare,
    headers = {},
    params = {},
  }: { totalBytes: number; declare: boolean; headers?: Record<string, string>; params?: Record<string, string> },
) {
  const body = countingBody({ totalBytes, chunkBytes: CHUNK });
  const h = new Headers(headers);
  if (declare) h.set("content-length", String(totalBytes));
  const req = new NextRequest("http://localhost/api/test", {
    method: "POST",
    headers: h,
    body: body.stream,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, json: (await res.json()) as { error?: { code?: string } }, pulled: body.pulled() };
}

const signupHandler = signup.POST as unknown as Handler;
const nextAuthHandler = nextAuthRoute.POST as unknown as Handler;

describe("body limits in the route handlers", () => {
  it("sign-up: a 200 MB body declared in Content-Length is refused before a byte is read", async () => {
    const res = await send(signupHandler, {
      totalBytes: 200 * 1024 * 1024,
      declare: true,
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(413);
    expect(res.json.error?.code).toBe("payload_too_large");
    expect(res.pulled).toBe(0);
  });

  it("sign-up: a chunked body (no Content-Length) stops being read at the limit", async () => {
    const res = await send(signupHandler, {
      totalBytes: 50 * 1024 * 1024,
      declare: false,
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(413);
    expect(res.pulled).toBeLessThanOrEqual(SMALL_BODY_MAX_BYTES + 2 * CHUNK);
  });

  it("next-auth's credentials POST: chunked or declared, read no further than a sign-in form needs", async () => {
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const params = { nextauth: ["callback", "credentials"] } as unknown as Record<string, string>;
    const chunked = await send(nextAuthHandler, { totalBytes: 50 * 1024 * 1024, declare: false, headers, params });
    expect(chunked.status).toBe(413);
    expect(chunked.pulled).toBeLessThanOrEqual(SMALL_BODY_MAX_BYTES + 2 * CHUNK);
    const declared = await send(nextAuthHandler, { totalBytes: 200 * 1024 * 1024, declare: true, headers, params });
    expect(declared.status).toBe(413);
    expect(declared.pulled).toBe(0);
  });

  it("a multipart reply stops being read at the chat's marketplace limit (Wildberries: 30 MB of files)", async () => {
    const token = await encode({ token: { sub: fx.operator.id }, secret: env().NEXTAUTH_SECRET });
    const headers = { cookie: `next-auth.session-token=${token}`, "content-type": "multipart/form-data; boundary=x" };
    const params = { id: fx.chatIds[0]! };
    const chunked = await send(replies.POST as unknown as Handler, {
      totalBytes: 150 * 1024 * 1024,
      declare: false,
      headers,
      params,
    });
    expect(chunked.status).toBe(413);
    expect(chunked.pulled).toBeGreaterThan(30 * 1024 * 1024);
    expect(chunked.pulled).toBeLessThanOrEqual(31 * 1024 * 1024);
    const declared = await send(replies.POST as unknown as Handler, {
      totalBytes: 150 * 1024 * 1024,
      declare: true,
      headers,
      params,
    });
    expect(declared.status).toBe(413);
    expect(declared.pulled).toBe(0);
  });
});

describe("body limits of the team routes", () => {
  it("a bulk request stops being read at its 512 KB, presence and labels at the JSON limit", async () => {
    const token = await encode({ token: { sub: fx.owner.id }, secret: env().NEXTAUTH_SECRET });
    const headers = { cookie: `next-auth.session-token=${token}`, "content-type": "application/json" };
    const bulk = await send(bulkJobs.POST as unknown as Handler, {
      totalBytes: 10 * 1024 * 1024,
      declare: false,
      headers,
    });
    expect(bulk.status).toBe(413);
    expect(bulk.pulled).toBeLessThanOrEqual(512 * 1024 + 2 * CHUNK);
    for (const handler of [presence.POST, labels.POST]) {
      const res = await send(handler as unknown as Handler, { totalBytes: 10 * 1024 * 1024, declare: false, headers });
      expect(res.status).toBe(413);
      expect(res.pulled).toBeLessThanOrEqual(JSON_BODY_MAX_BYTES + 2 * CHUNK);
    }
    expect(maxRequestBytes("/api/bulk-jobs")).toBe(1024 * 1024);
  });
});

describe("body limits on the production server's own path", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (!handleDirectRequest(req, res)) res.writeHead(418).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Declares `declared` bytes, writes `written`, and resolves with the status as soon as one comes. */
  function declareAndWrite(
    path: string,
    declared: number,
    written: number,
  ): Promise<{ status: number; closed: boolean }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path,
          method: "POST",
          headers: { "content-length": declared, "content-type": "application/json" },
        },
        (res) => {
          res.resume();
          // The server reads and drops what is still coming for a moment, then cuts the connection.
          const cut = new Promise<boolean>((done) => {
            const timer = setTimeout(() => done(false), 5_000);
            req.socket?.once("close", () => (clearTimeout(timer), done(true)));
          });
          res.on("end", async () => resolve({ status: res.statusCode ?? 0, closed: await cut }));
        },
      );
      req.on("error", (e: NodeJS.ErrnoException) =>
        e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e),
      );
      req.write(Buffer.alloc(written, 0x20));
    });
  }

  it("answers 413 to a 200 MB sign-up after 64 KB were sent, and closes the connection", async () => {
    const answer = await declareAndWrite("/api/signup", 200 * 1024 * 1024, 64 * 1024);
    expect(answer).toEqual({ status: 413, closed: true });
  });

  it("allows a reply up to the largest marketplace limit, and nothing else over 1 MB", async () => {
    expect((await declareAndWrite("/api/chats/abc/replies", MAX_REPLY_BODY_BYTES + 1, 1024)).status).toBe(413);
    expect((await declareAndWrite("/api/auth/callback/credentials", 2 * 1024 * 1024, 1024)).status).toBe(413);
    const small = await new Promise<number>((resolve) => {
      const req = http.request(
        { host: "127.0.0.1", port, path: "/api/chats/abc/replies", method: "POST", headers: { "content-length": 5 } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end("hello");
    });
    expect(small).toBe(418); // handed on to Next.js
  });

  it("lets Inngest's calls carry a run's state (up to its documented 32 MB)", async () => {
    expect(maxRequestBytes("/api/inngest?fnId=x&stepId=y")).toBe(32 * 1024 * 1024);
    expect(maxRequestBytes("/api/inngest/other")).toBe(1024 * 1024);
    expect(maxRequestBytes("/api/chats/c1/replies/m1/retry")).toBe(MAX_REPLY_BODY_BYTES);
  });
});
