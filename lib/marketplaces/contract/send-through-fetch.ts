import type { GuardedRequest, GuardedResponse } from "@/lib/net/guarded-fetch";
import { OutboundError } from "@/lib/net/outbound-error";

// The connectors send through the guarded client's interface (`runtime.send`). The spec stand-in answers a
// `Request` in memory, so this adapter turns a GuardedRequest into one and the answer back, keeping the guard's
// own rules that matter for what the connector sees: a redirect is refused, an answer past `maxBytes` is refused.
// Nothing here reaches a network; tests that talk to a real local server use createOutboundClient instead.

export type Send = (request: GuardedRequest) => Promise<GuardedResponse>;

export function sendThroughFetch(handle: (request: Request) => Promise<Response>): Send {
  return async (request) => {
    const response = await handle(
      new Request(request.url, {
        method: request.method ?? "GET",
        headers: request.headers,
        body: request.body as BodyInit | undefined,
      }),
    );
    if (response.status >= 300 && response.status < 400) {
      throw new OutboundError("redirect", `outbound request answered ${response.status}: redirects are not followed`, {
        status: response.status,
      });
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > request.maxBytes)
      throw new OutboundError("too_large", `outbound answer larger than ${request.maxBytes} bytes refused`);
    return { status: response.status, headers: new Headers(response.headers), bytes };
  };
}
