import { NextRequest, NextResponse } from "next/server";
import { PayloadTooLargeError, readLimitedBody } from "@/lib/http/read-limited-body";

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

/**
 * For handlers that read the body themselves (next-auth): the body is read first against `maxBytes`
 * (413 past it, the rest never read) and handed on as a fresh request with the same url and headers.
 */
export function withBodyLimit<C>(handler: Handler<C>, { maxBytes }: { maxBytes: number }): Handler<C> {
  return async (req, ctx) => {
    if (req.method === "GET" || req.method === "HEAD") return handler(req, ctx);
    let body: Buffer;
    try {
      body = await readLimitedBody({ req, maxBytes });
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: 413 });
    }
    return handler(
      new NextRequest(req.url, {
        method: req.method,
        headers: req.headers,
        body: body.byteLength ? new Uint8Array(body) : undefined,
      }),
      ctx,
    );
  };
}
