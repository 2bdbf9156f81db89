import type { DemoWorld } from "@/lib/marketplaces/simulator/demo-world-types";
import { buildDemoChats } from "@/lib/seed/build-demo-chats";
import { buildDemoNegativeReviews } from "@/lib/seed/demo-negative-reviews";

// The one source of the demo: the database seed (seed-demo.ts) and the simulator's demo world
// (lib/marketplaces/simulator/demo-world.ts) are both built from it, so every seeded conversation exists
// on the marketplace side too and can be answered.

export const DEMO_SEED = 20_261_121;

/** `userIds` (owner, operator) only choose assignees and senders; the marketplace side does not see them. */
export function buildDemoWorld({
  now,
  seed = DEMO_SEED,
  userIds = ["owner", "operator"],
}: {
  now: Date;
  seed?: number;
  userIds?: string[];
}): DemoWorld {
  return { chats: buildDemoChats({ seed, now, userIds }), negativeReviews: buildDemoNegativeReviews({ seed, now }) };
}
