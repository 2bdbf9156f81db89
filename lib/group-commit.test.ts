import { describe, expect, it } from "vitest";
import { groupCommit } from "@/lib/group-commit";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("groupCommit", () => {
  it("writes the first input alone and the ones that arrive meanwhile together, answering each its own output", async () => {
    const batches: number[][] = [];
    const write = groupCommit<number, string>({
      key: `test-${Math.random()}`,
      maxBatch: 3,
      async write(inputs) {
        batches.push(inputs);
        await tick();
        return inputs.map((n) => `#${n}`);
      },
    });
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => write(n)));
    expect(answers).toEqual(["#1", "#2", "#3", "#4", "#5", "#6"]);
    expect(batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it("rejects only the batch whose write failed; the next batch is written", async () => {
    let calls = 0;
    const write = groupCommit<string, string>({
      key: `test-${Math.random()}`,
      maxBatch: 10,
      async write(inputs) {
        calls++;
        await tick();
        if (inputs.includes("bad")) throw new Error("constraint");
        return inputs.map((s) => s.toUpperCase());
      },
    });
    const first = write("bad");
    const second = write("ok");
    await expect(first).rejects.toThrow("constraint");
    await expect(second).resolves.toBe("OK");
    expect(calls).toBe(2);
    // Idle again: a later call starts a new flush.
    await expect(write("later")).resolves.toBe("LATER");
  });

  it("writes a failing batch again row by row: one bad input fails alone, the others are answered", async () => {
    const batches: string[][] = [];
    const write = groupCommit<string, string>({
      key: `test-${Math.random()}`,
      maxBatch: 10,
      async write(inputs) {
        batches.push(inputs);
        await tick();
        if (inputs.includes("bad")) throw new Error(`constraint in ${inputs.length}`);
        return inputs.map((s) => s.toUpperCase());
      },
    });
    const results = await Promise.allSettled(["first", "a", "bad", "b"].map((s) => write(s)));
    expect(results).toEqual([
      { status: "fulfilled", value: "FIRST" },
      { status: "fulfilled", value: "A" },
      { status: "rejected", reason: new Error("constraint in 1") },
      { status: "fulfilled", value: "B" },
    ]);
    expect(batches).toEqual([["first"], ["a", "bad", "b"], ["a"], ["bad"], ["b"]]);
  });
});
