import { afterEach, describe, expect, it } from "vitest";

import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";

const sims: Simulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

async function ticks(seed: number, n: number) {
  const sim = await startSimulator({ seed });
  sims.push(sim);
  const actions = Array.from({ length: n }, () => sim.control.trafficTick());
  return { sim, actions };
}

describe("buyer traffic", () => {
  it("replays the same actions for the same seed, and other actions for another seed", async () => {
    const a = await ticks(7, 30);
    const b = await ticks(7, 30);
    const c = await ticks(8, 30);
    const shape = (x: typeof a) =>
      x.actions.map((act) => (act?.kind === "message" ? `${act.marketplace}:${JSON.stringify(act.input)}` : act?.kind));
    expect(shape(a)).toEqual(shape(b));
    expect(shape(c)).not.toEqual(shape(a));
  });

  it("does more than new text messages: Ozon edits and reads, Avito non-text types, WB chats without goodCard", async () => {
    const { sim, actions } = await ticks(1, 200);
    const kinds = new Set(actions.map((a) => a?.kind));
    expect(kinds).toEqual(new Set(["message", "ozon-edit", "ozon-read"]));
    const avitoTypes = new Set([...sim.state.avito.chats.values()].flatMap((c) => c.messages.map((m) => m.type)));
    for (const type of ["text", "link", "item", "location", "call", "voice"]) expect(avitoTypes).toContain(type);
    const wbChats = [...sim.state.wbChat.chats.values()];
    expect(wbChats.some((c) => c.goodCard === null)).toBe(true);
    expect(wbChats.some((c) => c.goodCard !== null)).toBe(true);
  });
});
