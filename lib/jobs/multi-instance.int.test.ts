import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import {
  deliver,
  followStream,
  pushBurst,
  startTwoByTwo,
  stopInstance,
  type Instance,
} from "@/lib/test/multi-instance";
import { createOzonPushAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Two web instances and two workers on one PostgreSQL schema, as child processes. Ozon pushes with
// duplicates go to both web instances; one web instance is killed in the middle of the burst, and
// what it did not acknowledge is delivered again to the other, as a marketplace retries. Every
// message is stored once, and the workers' scheduled probe job ran once per period between them. Four
// member streams (two on each web instance) follow the burst; those on the killed instance reconnect to
// the other with the last id they saw, as a browser does: every stream receives every change.
// PostgreSQL only: the embedded database is one process (npm run test:int:pg runs it).
const DELIVERIES = 10_000;
const SECRET = "multi-instance-ozon-secret-0123";
const PROBE_MS = 1_000;

let db: TestDatabase;
let sim: Simulator;
const instances: Instance[] = [];

describe.skipIf(!process.env.TEST_DATABASE_URL)("several instances on one PostgreSQL", () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    sim = await startSimulator();
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => stopInstance(i, "SIGKILL")));
    await sim?.close();
    await db?.cleanup();
  });

  it("stores every pushed message once with a web instance killed mid-burst, and runs each scheduled job once per period", async () => {
    const workspace = await db.prisma.workspace.create({ data: { name: "Instances" } });
    const { account, chatIds } = await createOzonPushAccount({
      workspaceId: workspace.id,
      sim,
      webhookSecret: SECRET,
      chats: 20,
    });

    const appEnv = {
      APP_ENCRYPTION_KEY: env().APP_ENCRYPTION_KEY,
      NEXTAUTH_SECRET: env().NEXTAUTH_SECRET,
      OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
      NODE_ENV: "test",
    };
    const started = await startTwoByTwo({ postgres: db.postgres!, env: appEnv, probeMs: PROBE_MS });
    instances.push(...started);
    const [webA, webB, ...workers] = started;
    const probeFrom = Date.now();
    const before =
      (await db.prisma.streamEvent.aggregate({ where: { workspaceId: workspace.id }, _max: { id: true } }))._max.id ??
      BigInt(0);
    const streams = [webA, webA, webB, webB].map((first) =>
      followStream({ webs: [webA, webB], first, workspaceId: workspace.id, after: before }),
    );

    // One delivery in ten repeats the one before it (a marketplace's retry of an acknowledged push).
    const tag = crypto.randomBytes(3).toString("hex");
    const { bodies, expected } = pushBurst({ chatIds, deliveries: DELIVERIES, tag });
    await deliver({
      webs: [webA, webB],
      path: `/api/webhooks/ozon/${SECRET}`,
      bodies,
      rate: 250,
      during: (i) => (i === DELIVERIES / 2 ? stopInstance(webB, "SIGKILL") : undefined),
    });
    expect(webB.child.signalCode).toBe("SIGKILL");

    const stored = async () =>
      db.prisma.message.count({ where: { chat: { accountId: account.id }, externalId: { in: [...expected] } } });
    for (let waited = 0; (await stored()) < expected.size && waited < 150_000; waited += 250)
      await new Promise((r) => setTimeout(r, 250));
    const rows = await db.prisma.message.findMany({
      where: { chat: { accountId: account.id }, author: "BUYER", externalId: { startsWith: tag } },
      select: { externalId: true },
    });
    expect(rows).toHaveLength(expected.size);
    expect(new Set(rows.map((r) => r.externalId))).toEqual(expected);
    expect(await db.prisma.webhookEvent.count({ where: { accountId: account.id, processedAt: null } })).toBe(0);

    // Every stream, including the two whose instance was killed, has every change of the burst.
    const changes = async () =>
      (
        await db.prisma.streamEvent.findMany({
          where: { workspaceId: workspace.id, id: { gt: before } },
          select: { id: true },
        })
      ).map((e) => String(e.id));
    const all = await changes();
    const missing = () => streams.map((st) => all.filter((id) => !st.ids.has(id)).length);
    for (let waited = 0; missing().some((n) => n > 0) && waited < 30_000; waited += 250)
      await new Promise((r) => setTimeout(r, 250));
    const later = new Set(await changes());
    streams.forEach((st) => st.stop());
    // Changes name chats, not messages: a batch of a chat's messages is one change.
    expect(all.length).toBeGreaterThan(chatIds.length);
    expect(missing()).toEqual([0, 0, 0, 0]);
    for (const st of streams) {
      expect(st.resyncs()).toBe(0);
      // Nothing a stream received is unknown to the table (changes after the count may have arrived too).
      expect([...st.ids].filter((id) => !later.has(id))).toEqual([]);
    }

    // The probe: as many runs, summed over both workers, as ledger rows (both tick every period, so
    // without the ledger there would be twice as many), and nearly every period had its run.
    await Promise.all(workers.map((w) => stopInstance(w)));
    const periods = await db.prisma.jobRun.findMany({
      where: { job: "probe" },
      select: { periodStart: true, finishedAt: true },
    });
    const runs = workers.reduce((sum, w) => sum + w.probeRuns, 0);
    expect(runs).toBe(periods.length);
    expect(periods.every((p) => p.finishedAt)).toBe(true);
    const elapsed = Math.floor((Date.now() - probeFrom) / PROBE_MS);
    expect(periods.length).toBeGreaterThanOrEqual(Math.floor(elapsed * 0.7));
    expect(periods.length).toBeLessThanOrEqual(elapsed + 1);
  }, 300_000);
});
