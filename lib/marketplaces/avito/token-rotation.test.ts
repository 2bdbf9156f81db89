import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAvitoConnector } from "@/lib/marketplaces/avito/connector";
import type { AvitoCredentials } from "@/lib/marketplaces/avito/credentials";
import { exchangeAvitoAuthorizationCode } from "@/lib/marketplaces/avito/oauth";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

// Background work builds a connector per job from the stored account (lib/accounts/account-connector.ts).
// Refresh tokens are single-use, so connectors of one account must share its access token: a connector
// built from the rotated credentials must not refresh again, and two built at once must not both spend
// the same refresh token (the loser would mark a healthy account "needs re-auth").

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

async function sellerCredentials(code: string): Promise<AvitoCredentials> {
  sim.state.avito.codes.add(code);
  return exchangeAvitoAuthorizationCode({ ...sim.credentials.avito, code, apiBaseUrl: sim.baseUrls.avito.api });
}

function connector({
  credentials,
  accountKey,
  onChange,
}: {
  credentials: AvitoCredentials;
  accountKey: string;
  onChange?: (c: Record<string, unknown>) => void;
}) {
  return createAvitoConnector({
    credentials: { ...credentials, userId: sim.credentials.avito.userId },
    baseUrls: sim.baseUrls.avito,
    runtime: { http: FAST_HTTP, accountKey, onCredentialsChange: onChange },
  });
}

describe("avito access tokens per stored account", () => {
  it("a connector built from the rotated credentials reuses the account's access token", async () => {
    const accountKey = testAccountKey();
    let rotated: AvitoCredentials | null = null;
    await connector({
      credentials: await sellerCredentials("rotation-1"),
      accountKey,
      onChange: (c) => void (rotated = c as AvitoCredentials),
    }).listChats({});
    expect(rotated).not.toBeNull();
    const before = sim.state.avito.tokenRequests;
    await connector({ credentials: rotated!, accountKey }).listChats({});
    expect(sim.state.avito.tokenRequests).toBe(before);
  });

  it("two connectors of one account built at once spend the refresh token once", async () => {
    const accountKey = testAccountKey();
    const credentials = await sellerCredentials("rotation-2");
    const results = await Promise.allSettled([
      connector({ credentials, accountKey }).listChats({}),
      connector({ credentials, accountKey }).listChats({}),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
  });

  it("two accounts of one app (same client_id) never share a token", async () => {
    const [one, two] = [await sellerCredentials("rotation-3"), await sellerCredentials("rotation-4")];
    const before = sim.state.avito.tokenRequests;
    await connector({ credentials: one, accountKey: testAccountKey() }).listChats({});
    await connector({ credentials: two, accountKey: testAccountKey() }).listChats({});
    expect(sim.state.avito.tokenRequests - before).toBe(2);
  });
});
