import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { SimContext } from "@/lib/marketplaces/simulator/context";
import type { SimRequest, SimResponse } from "@/lib/marketplaces/simulator/http-utils";

/** One simulated API host, mounted under a path prefix of the single simulator port. */
export type SimModule = {
  prefix: string;
  marketplace: Marketplace;
  /** The vendor's own error body for `status` (used for auth failures and injected faults). */
  errorBody: (status: number, message: string) => SimResponse;
  /** The vendor's rejection (moderation/validation) body. */
  rejectBody: (message: string) => SimResponse;
  handle: (req: SimRequest, ctx: SimContext) => Promise<SimResponse> | SimResponse;
};

export function requestId(): string {
  return Math.random().toString(16).slice(2).padEnd(32, "0").slice(0, 32);
}
