import { readLimitedBody } from "@/lib/http/read-limited-body";

// A webhook body over the caller's limit is refused before it is read in full (413), whatever
// Content-Length claims. Each webhook family passes its own limit.
export async function readWebhookBody({ req, maxBytes }: { req: Request; maxBytes: number }): Promise<string> {
  return (await readLimitedBody({ req, maxBytes })).toString("utf8");
}
