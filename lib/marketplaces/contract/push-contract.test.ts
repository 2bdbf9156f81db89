import { describe, expect, it } from "vitest";

import { KNOWN_PUSH_FAILURES } from "@/lib/marketplaces/contract/known-failures";
import { pushBody, pushModeName, type PushMode } from "@/lib/marketplaces/contract/push-body";
import { loadPushCases, type PushCase } from "@/lib/marketplaces/contract/push-cases";
import { createConnector } from "@/lib/marketplaces/create-connector";
import type { ConnectorConfig } from "@/lib/marketplaces/credentials";
import type { WebhookResult } from "@/lib/marketplaces/schemas";

// Every documented push type goes to the connector's webhook handler, as the spec's example and as seeded
// schema-valid bodies. Verdicts: acknowledged in the marketplace's format; and, for types an operator must
// see, turned into an inbox event or kept aside (`skipped`, with its reason) rather than dropped as "ignored". (The real routes: push-contract.int.test.ts.)

const SEEDS = [1, 2, 3, 4, 5];
const MODES: PushMode[] = [{ kind: "static" }, ...SEEDS.map((seed) => ({ kind: "random" as const, seed }))];

const CONFIGS: Record<PushCase["marketplace"], ConnectorConfig> = {
  yandex_market: { marketplace: "yandex_market", credentials: { apiKey: "ym-contract-key-0001", businessId: "5212" } },
  ozon: { marketplace: "ozon", credentials: { clientId: "123456", apiKey: "ozon-contract-key-0001" } },
  avito: {
    marketplace: "avito",
    credentials: { clientId: "avito-client", clientSecret: "avito-secret", userId: "94235311" },
  },
};

const cases = await loadPushCases();

async function handle(c: PushCase, mode: PushMode): Promise<{ body: string; result: WebhookResult }> {
  const connector = createConnector({
    ...CONFIGS[c.marketplace],
    runtime: { now: () => new Date("2026-01-15T12:00:00Z") },
  });
  const body = pushBody(c, mode);
  return { body, result: await connector.handleWebhook({ body }) };
}

for (const marketplace of ["yandex_market", "ozon", "avito"] as const) {
  describe(`${marketplace} pushes against the official spec`, () => {
    for (const c of cases.filter((x) => x.marketplace === marketplace)) {
      for (const mode of MODES) {
        const key = `${c.marketplace}|${c.type}|${pushModeName(mode)}`;
        (KNOWN_PUSH_FAILURES[`${key}|answer`] ? it.fails : it)(
          `${c.type} [${pushModeName(mode)}]: acknowledged as the marketplace expects`,
          async () => {
            const { body, result } = await handle(c, mode);
            expect(c.validateAnswer(result.response), body).toEqual([]);
          },
        );
        if (!c.forInbox(JSON.parse(pushBody(c, mode)))) continue;
        (KNOWN_PUSH_FAILURES[`${key}|inbox`] ? it.fails : it)(
          `${c.type} [${pushModeName(mode)}]: reaches the inbox or is kept aside`,
          async () => {
            const { body, result } = await handle(c, mode);
            // A body of a known type the connector cannot use is acknowledged and kept aside (`skipped`, shown to
            // the owner with its reason): not lost. Dropped means neither an inbox event nor kept aside.
            const kept = result.skipped ?? [];
            if (kept.length) {
              expect(
                kept.every((k) => k.raw !== undefined && k.reason.length > 0),
                body,
              ).toBe(true);
              return;
            }
            expect(result.events.length, body).toBeGreaterThan(0);
            expect(
              result.events.filter((e) => e.type === "ignored"),
              body,
            ).toEqual([]);
          },
        );
      }
    }
  });
}
