import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getToken } from "next-auth/jwt";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { findMember, tokenSessionVersion, type Member } from "@/lib/auth/find-member";
import {
  ClientClosedRequestError,
  isClientGone,
  JSON_BODY_MAX_BYTES,
  readLimitedBody,
} from "@/lib/http/read-limited-body";
import { assertSameOriginRequest, type BodyKind } from "@/lib/http/same-origin";
import { unsafeValue } from "@/lib/http/unsafe-text";

const log = logger("http");

type Params = Record<string, string | string[]>;
type Ctx = { params: Promise<Params> };
export type RouteArgs = { req: NextRequest; params: Params; requestId: string };
export type MemberRouteArgs = RouteArgs & { member: Member };

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "bad_request",
          message: "Invalid request",
          issues: error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
        },
        requestId,
      },
      { status: 400 },
    );
  }
  if (error instanceof AppError && error.expose) {
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const headers = typeof retryAfter === "number" ? { "retry-after": String(retryAfter) } : undefined;
    return NextResponse.json(
      { error: { code: error.code, message: error.message, details: error.details }, requestId },
      { status: error.status, headers },
    );
  }
  log.error("unhandled", {
    requestId,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return NextResponse.json({ error: { code: "internal", message: "Internal error" }, requestId }, { status: 500 });
}

/** Public routes (sign-up, webhooks): request id and error mapping, no session. */
export function withRoute(handler: (args: RouteArgs) => Promise<Response>) {
  return async (req: NextRequest, ctx: Ctx) => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      return await handler({ req, params: (await ctx?.params) ?? {}, requestId });
    } catch (error) {
      // A client that left mid-request is not a server fault: noted, answered 499 (nobody reads it).
      if (error instanceof ClientClosedRequestError || (isClientGone({ req, error }) && !(error instanceof AppError))) {
        log.info("client closed the request", { requestId, path: req.nextUrl?.pathname });
        return new NextResponse(null, { status: 499 });
      }
      return errorResponse(error, requestId);
    }
  };
}

/**
 * Public routes our own pages post to (sign-up, confirmation, invitation, password reset): the same
 * same-origin and JSON-only checks as member routes, so another site cannot submit them in a visitor's
 * browser. Webhooks (server to server) use withRoute.
 */
export function withPublicForm(
  handler: (args: RouteArgs) => Promise<Response>,
  options: { accepts?: BodyKind[] } = {},
) {
  return withRoute(async (args) => {
    assertSameOriginRequest({ req: args.req, accepts: options.accepts, appUrl: env().NEXTAUTH_URL });
    return handler(args);
  });
}

/**
 * Routes for signed-in members: resolves the session to a membership or answers 401. A state-changing
 * request must come from our own pages with a JSON body (`accepts` adds multipart where files are
 * uploaded): lib/http/same-origin.ts.
 */
export function withMember(
  handler: (args: MemberRouteArgs) => Promise<Response>,
  options: { role?: "OWNER"; accepts?: BodyKind[] } = {},
) {
  return withRoute(async (args) => {
    assertSameOriginRequest({ req: args.req, accepts: options.accepts, appUrl: env().NEXTAUTH_URL });
    const member = await memberFromRequest(args.req);
    if (!member) throw new AppError("unauthorized", "Sign in required");
    if (options.role && member.role !== options.role)
      throw new AppError("forbidden", "Only workspace owners can do this");
    // Ids in the path and filters in the query string reach SQL as text too: a NUL there is a 400, not a failed statement.
    assertStorableText([args.params, [...args.req.nextUrl.searchParams]]);
    return handler({ ...args, member });
  });
}

export async function memberFromRequest(req: NextRequest): Promise<Member | null> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.sub) return null;
  return findMember({
    userId: token.sub,
    workspaceId: typeof token.workspaceId === "string" ? token.workspaceId : undefined,
    sessionVersion: tokenSessionVersion(token),
  });
}

/**
 * The body as JSON through `schema`: read against `maxBytes` while it streams (413 past it), and
 * refused with 400 when any text in it could not be stored (a NUL, a lone surrogate).
 */
export async function parseJson<T extends z.ZodType>(
  req: NextRequest,
  schema: T,
  { maxBytes = JSON_BODY_MAX_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<T>> {
  const bytes = await readLimitedBody({ req, maxBytes });
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes)); // drops a BOM, as req.json() did
  } catch {
    throw new AppError("bad_request", "Body must be JSON");
  }
  assertStorableText(body);
  return schema.parse(body);
}

/** 400 with the reason (in both languages) for text no database can store. */
export function assertStorableText(value: unknown): void {
  const unsafe = unsafeValue(value);
  if (unsafe)
    throw new AppError("bad_request", unsafe.en, { details: { reason: unsafe.reason, ru: unsafe.ru, en: unsafe.en } });
}
