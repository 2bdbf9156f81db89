import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { parseJson, withRoute } from "@/lib/http/route";

// A client that leaves while its body streams in (a closed tab, a cancelled fetch) is not a server fault:
// the route answers 499 and logs an info line, not an "unhandled" error.

afterEach(() => vi.restoreAllMocks());

function requestWhoseClientLeaves(error: Error): NextRequest {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"text":"полови'));
    },
    pull(controller) {
      controller.error(error);
    },
  });
  return new NextRequest("http://app.test/api/echo", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

const route = withRoute(async ({ req }) => Response.json(await parseJson(req, z.object({ text: z.string() }))));

describe("a request whose client leaves mid-body", () => {
  it("is answered 499 and logged as information, not as an unhandled error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const infos = vi.spyOn(console, "log").mockImplementation(() => {});
    const aborted = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const res = await route(requestWhoseClientLeaves(aborted), { params: Promise.resolve({}) });
    expect(res.status).toBe(499);
    expect(errors).not.toHaveBeenCalled();
    expect(infos.mock.calls.map((c) => String(c[0])).join("\n")).toContain("client closed the request");
  });

  it("a body that fails for another reason is still a server error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await route(requestWhoseClientLeaves(new Error("disk on fire")), { params: Promise.resolve({}) });
    expect(res.status).toBe(500);
    expect(String(errors.mock.calls[0]?.[0])).toContain("unhandled");
  });
});
