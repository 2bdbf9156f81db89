import { z } from "zod";

// Ids in the path are parsed like bodies: our ids are cuids (or the demo's "demo_chat_001"), so anything
// else is a 400 naming the parameter, before a query runs; a well-formed id of nothing the member may
// see is the service's 404.
export const pathIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "not an id");

/** The path parameter `name` (default "id") as an id, or a 400. */
export function pathId(params: Record<string, string | string[]>, name = "id"): string {
  return z.object({ [name]: pathIdSchema }).parse(params)[name] as string;
}
