import { afterAll, beforeAll, beforeEach } from "vitest";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import type { Message } from "@/lib/marketplaces/schemas";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";
import { createWildberriesConnector } from "@/lib/marketplaces/wildberries/connector";

function connectorTo(sim: Simulator, { token, http }: { token?: string; http?: HttpOptionsInput } = {}) {
  return createWildberriesConnector({
    credentials: { token: token ?? sim.credentials.wildberries.token },
    baseUrls: sim.baseUrls.wildberries,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey() },
  });
}

/** Reads event batches from a cursor until the connector says there are no more. */
async function drain(wb: ReturnType<typeof connectorTo>, cursor: string | null) {
  const messages: Message[] = [];
  let next = cursor;
  for (let i = 0; i < 50; i++) {
    const batch = await wb.fetchUpdates({ cursor: next });
    messages.push(...batch.messages);
    next = batch.cursor;
    if (!batch.hasMore) break;
  }
  return { messages, cursor: next };
}

/**
 * The Wildberries connector tests' stand-in: the simulator for the file, its faults and recorded requests cleared
 * before each test; a connector to it (fast retries, a limiter key of its own) and a reader of every event batch.
 */
export function wbTestSimulator() {
  const t = {
    sim: undefined as unknown as Simulator,
    connector: (options?: Parameters<typeof connectorTo>[1]) => connectorTo(t.sim, options),
    drain,
  };
  beforeAll(async () => {
    t.sim = await startSimulator();
  });
  afterAll(async () => {
    await t.sim.close();
  });
  beforeEach(() => {
    t.sim.control.clearFaults();
    t.sim.control.clearRequests();
  });
  return t;
}
