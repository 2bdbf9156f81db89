import { after } from "next/server";

/** Runs `work` once the response has been sent; outside a request (scripts, tests) it starts at once. */
export function afterResponse(work: () => Promise<void>): void {
  try {
    after(work);
  } catch {
    void work();
  }
}
