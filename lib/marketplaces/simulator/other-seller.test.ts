import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { SIM_OTHER_SELLER_WB_TOKEN } from "@/lib/marketplaces/simulator/demo-credentials";

// Another Wildberries seller on the simulator has a shop of its own: connecting it beside the demo's
// account must import none of the configured seller's chats, reviews or questions.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
  sim.control.startTraffic({ ratePerMinute: 6000, marketplaces: ["wildberries"] });
  await new Promise((r) => setTimeout(r, 100));
  sim.control.stopTraffic();
});
afterAll(() => sim.close());

const get = async (token: string, path: string) => {
  const res = await fetch(`${sim.url}${path}`, { headers: { authorization: token } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const OWN = () => sim.credentials.wildberries.token;

describe("Wildberries sellers on one simulator", () => {
  it("the configured seller sees its chats, events and reviews", async () => {
    const events = await get(OWN(), "/wb-chat/api/v1/seller/events");
    expect((events.body.result as { events: unknown[] }).events.length).toBeGreaterThan(0);
    const feedbacks = await get(OWN(), "/wb-feedbacks/api/v1/feedbacks?isAnswered=false&take=100&skip=0");
    expect((feedbacks.body.data as { feedbacks: unknown[] }).feedbacks.length).toBeGreaterThan(0);
  });

  it("another seller's token opens an empty shop of its own", async () => {
    for (const token of [SIM_OTHER_SELLER_WB_TOKEN, "sim-wb-token-other-seller-second"]) {
      expect((await get(token, "/wb-chat/ping")).status).toBe(200);
      const chats = await get(token, "/wb-chat/api/v1/seller/chats");
      expect(chats.body.result).toEqual([]);
      const events = await get(token, "/wb-chat/api/v1/seller/events");
      expect((events.body.result as { events: unknown[] }).events).toEqual([]);
      for (const [path, key] of [
        ["/wb-feedbacks/api/v1/feedbacks?isAnswered=false&take=100&skip=0", "feedbacks"],
        ["/wb-feedbacks/api/v1/questions?isAnswered=false&take=100&skip=0", "questions"],
      ] as const) {
        const list = await get(token, path);
        expect(list.status).toBe(200);
        expect((list.body.data as Record<string, unknown[]>)[key]).toEqual([]);
      }
    }
  });

  it("refuses a token of no seller", async () => {
    expect((await get("sim-wb-token-other-seller-", "/wb-chat/ping")).status).toBe(401);
    expect((await get("someone-else", "/wb-feedbacks/ping")).status).toBe(401);
  });
});
