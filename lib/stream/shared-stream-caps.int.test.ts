import crypto from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { closeRedis } from "@/lib/redis";
import { createPresenceLimiter, PRESENCE_PER_MEMBER } from "@/lib/stream/publish-presence";
import { createStreamSlots, takeStreamSlot } from "@/lib/stream/stream-slots";
import { redisReachable, TEST_REDIS_URL } from "@/lib/test/redis-reachable";

// Stream and presence caps held across instances through Redis. Two "instances" here are two slot pools
// (or two presence windows) in one process, each under the test's own key prefix; what they share lives
// only in Redis. Runs where a Redis answers (REDIS_URL, else 127.0.0.1:6379).
const REDIS_URL = TEST_REDIS_URL;
const reachable = await redisReachable();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const refusal = { code: "rate_limited", details: { reason: "too_many_streams", retryAfterSeconds: 30 } };

describe.skipIf(!reachable)("stream and presence caps across instances", () => {
  const prefix = `test:streams:${crypto.randomUUID()}`;
  let a: Redis;
  let b: Redis;
  beforeAll(() => {
    a = new Redis(REDIS_URL);
    b = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await a.keys(`${prefix}*`);
    if (keys.length) await a.del(...keys);
    await Promise.all([a.quit(), b.quit()]);
  });

  it("counts a member's and a workspace's streams on both instances, and frees a slot given back on either", async () => {
    const one = createStreamSlots({ client: a, prefix });
    const two = createStreamSlots({ client: b, prefix });
    const caps = { workspaceId: "w1", perMember: 2, perWorkspace: 3 };
    const held = [await one.take({ ...caps, userId: "u1" }), await two.take({ ...caps, userId: "u1" })];
    await expect(one.take({ ...caps, userId: "u1" })).rejects.toMatchObject(refusal);
    await expect(two.take({ ...caps, userId: "u1" })).rejects.toMatchObject(refusal);
    // Another member of the workspace takes its last slot, on the second instance; then the workspace is full.
    const colleague = await two.take({ ...caps, userId: "u2" });
    await expect(one.take({ ...caps, userId: "u3" })).rejects.toMatchObject(refusal);
    held[0]!();
    held[0]!(); // given back twice, freed once
    await sleep(50); // the release is sent without waiting for it
    const again = await two.take({ ...caps, userId: "u1" });
    await expect(one.take({ ...caps, userId: "u1" })).rejects.toMatchObject(refusal);
    for (const release of [held[1]!, colleague, again]) release();
    one.stop();
    two.stop();
  });

  it("frees the slots of an instance that stopped renewing them (killed) once they expire, and keeps a live instance's", async () => {
    const ttlMs = 3_000;
    const killed = createStreamSlots({ client: a, prefix, ttlMs });
    const live = createStreamSlots({ client: b, prefix, ttlMs });
    const other = createStreamSlots({ client: b, prefix, ttlMs });
    const caps = { workspaceId: "w2", userId: "u1", perMember: 2 };
    await killed.take(caps);
    const kept = await live.take(caps);
    killed.stop();
    live.stop(); // renewed by hand below, so the test does not hang on timer precision
    await expect(other.take(caps)).rejects.toMatchObject(refusal);
    await sleep(ttlMs - 1_000);
    await live.renew();
    await sleep(1_500);
    // The killed instance's slot expired; the live one's was renewed.
    const taken = await other.take(caps);
    await expect(other.take(caps)).rejects.toMatchObject(refusal);
    taken();
    kept();
    other.stop();
  });

  it("without Redis counts on each instance alone", async () => {
    const one = createStreamSlots({ client: null });
    const two = createStreamSlots({ client: null });
    const caps = { workspaceId: "w3", userId: "u1", perMember: 1 };
    await one.take(caps);
    await two.take(caps);
    await expect(one.take(caps)).rejects.toMatchObject(refusal);
  });

  it("takes the app's stream slots in Redis when REDIS_URL is set", async () => {
    const saved = process.env.REDIS_URL;
    process.env.REDIS_URL = REDIS_URL;
    resetEnvForTests();
    const workspaceId = `w-${crypto.randomUUID()}`;
    try {
      const release = await takeStreamSlot({ workspaceId, userId: "u1" });
      expect(await a.zcard(`agentiq:streams:w:${workspaceId}`)).toBe(1);
      release();
      await sleep(50);
      expect(await a.zcard(`agentiq:streams:w:${workspaceId}`)).toBe(0);
    } finally {
      await closeRedis();
      if (saved === undefined) delete process.env.REDIS_URL;
      else process.env.REDIS_URL = saved;
      resetEnvForTests();
    }
  });

  it("refuses a member's presence updates past the limit across instances", async () => {
    const keyPrefix = `${prefix}:presence`;
    const one = createPresenceLimiter({ client: a, keyPrefix });
    const two = createPresenceLimiter({ client: b, keyPrefix });
    for (let i = 0; i < PRESENCE_PER_MEMBER.points; i++) await (i % 2 ? one : two).consume("w1:u1");
    await expect(one.consume("w1:u1")).rejects.toMatchObject({ remainingPoints: 0 });
    await expect(two.consume("w1:u1")).rejects.toMatchObject({ remainingPoints: 0 });
    await expect(one.consume("w1:u2")).resolves.toMatchObject({ remainingPoints: PRESENCE_PER_MEMBER.points - 1 });
  });
});
