import type { z } from "zod";

import type { Provider } from "@/lib/notify/channel";
import { requestProvider } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { failedResult, sentResult, transportFailure } from "@/lib/notify/provider-result";

/**
 * The WhatsApp senders' one call: a JSON POST with a bearer token, a 2xx answer read by the provider's
 * schema into a sent result, anything else into a failed one with the provider's error summarised.
 */
export async function postBearerJson<S extends z.ZodType>({
  provider,
  vendorName,
  url,
  token,
  body,
  timeoutMs,
  responseSchema,
  messageIdOf,
  describeHttpError,
}: {
  provider: Provider;
  /** As the provider calls itself, for "unexpected <vendorName> response". */
  vendorName: string;
  url: string;
  token: string;
  body: Record<string, unknown>;
  timeoutMs: number;
  responseSchema: S;
  messageIdOf: (response: z.output<S>) => string | undefined;
  describeHttpError: (json: unknown) => string | undefined;
}): Promise<NotifyResult> {
  const secrets = [token];
  const http = await requestProvider({
    url,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    timeoutMs,
  });
  if (http.kind !== "response" || http.httpStatus < 200 || http.httpStatus >= 300) {
    return transportFailure({ provider, http, secrets, describeHttpError });
  }
  const parsed = responseSchema.safeParse(http.json);
  if (!parsed.success) {
    return failedResult({
      provider,
      error: `unexpected ${vendorName} response`,
      errorKind: "invalid_response",
      retryable: false,
      httpStatus: http.httpStatus,
      response: http.json ?? http.text,
      secrets,
    });
  }
  return sentResult({
    provider,
    providerMessageId: messageIdOf(parsed.data),
    httpStatus: http.httpStatus,
    response: parsed.data,
    secrets,
  });
}
