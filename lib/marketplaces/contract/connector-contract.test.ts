import { describe, expect, it } from "vitest";

import { CONTRACT_TARGETS, type ContractTarget } from "@/lib/marketplaces/contract/connector-operations";
import { KNOWN_CONNECTOR_FAILURES } from "@/lib/marketplaces/contract/known-failures";
import { createSpecMock, type MockMode, type SpecMock } from "@/lib/marketplaces/contract/spec-mock";
import { createConnector } from "@/lib/marketplaces/create-connector";
import type { ConnectorConfig } from "@/lib/marketplaces/credentials";
import { MarketplaceRejectedError, MarketplaceRequestError } from "@/lib/marketplaces/http/errors";
import { UnusableRecordError } from "@/lib/marketplaces/parse-each";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

// The official specs judge the connectors: every operation runs against a stand-in generated from the spec,
// with the spec's own examples (static) and with seeded random schema-valid answers. Two verdicts each:
// "answers" - the connector copes with every schema-valid answer (it may refuse a call with a domain error
// such as "chat not found", never crash); "requests" - what it sends matches the spec.

const CONTRACT_SEEDS = [1, 2, 3, 4, 5];
const MODES: MockMode[] = [{ kind: "static" }, ...CONTRACT_SEEDS.map((seed) => ({ kind: "random" as const, seed }))];
const modeName = (mode: MockMode) => (mode.kind === "static" ? "static" : `seed ${mode.seed}`);

const TOKEN_OPERATIONS = ["getAccessToken", "lwaToken"];

type Outcome = { mock: SpecMock; error: unknown };

/**
 * A refusal the connector means to give (not found, vendor said no), or a record fetched by id that cannot be
 * used, reported with the record so the caller keeps it aside (UnusableRecordError): not a crash.
 */
function isDomainRefusal(error: unknown): boolean {
  return (
    error instanceof MarketplaceRejectedError ||
    (error instanceof MarketplaceRequestError && error.status === 404) ||
    (error instanceof UnusableRecordError && error.record !== undefined)
  );
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message.slice(0, 600)})` : "";
  return `${error.constructor.name}: ${error.message.slice(0, 600)}${cause}`;
}

const outcomes = new Map<string, Promise<Outcome>>();

function runOnce(target: ContractTarget, op: ContractTarget["operations"][number], mode: MockMode): Promise<Outcome> {
  const key = `${target.marketplace}|${op.name}|${modeName(mode)}`;
  let outcome = outcomes.get(key);
  if (!outcome) {
    outcome = (async () => {
      // The token exchange is judged by testConnection; elsewhere it answers with its example, so a random
      // token answer does not stop every other operation from being judged.
      const exampleAnswersFor = op.name.startsWith("testConnection") ? [] : TOKEN_OPERATIONS;
      const mock = await createSpecMock({ routes: target.routes, mode, exampleAnswersFor });
      const rateLimits = Object.fromEntries(target.buckets.map((b) => [b, { burst: 1000, intervalMs: 1 }]));
      const config = { marketplace: target.marketplace, ...target.configs[op.config ?? "default"] } as ConnectorConfig;
      const connector = createConnector({
        ...config,
        runtime: {
          send: mock.send,
          accountKey: testAccountKey(),
          http: { ...FAST_HTTP, retries: 0, rateLimits },
          now: () => new Date("2026-01-15T12:00:00Z"),
        },
      });
      try {
        await op.run(connector);
        return { mock, error: null };
      } catch (error) {
        return { mock, error };
      }
    })();
    outcomes.set(key, outcome);
  }
  return outcome;
}

for (const target of CONTRACT_TARGETS) {
  describe(`${target.marketplace} connector against its official spec`, () => {
    for (const op of target.operations) {
      for (const mode of MODES) {
        const name = `${op.name} [${modeName(mode)}]`;
        const answersKnown = KNOWN_CONNECTOR_FAILURES[`${target.marketplace}|${op.name}|${modeName(mode)}|answers`];
        const requestsKnown = KNOWN_CONNECTOR_FAILURES[`${target.marketplace}|${op.name}|${modeName(mode)}|requests`];
        (answersKnown ? it.fails : it)(`${name}: copes with the answers`, async () => {
          const { error, mock } = await runOnce(target, op, mode);
          if (error && !isDomainRefusal(error)) {
            const last = mock.calls.at(-1);
            expect.fail(
              `${describeError(error)}\nlast call: ${last?.request} -> ${JSON.stringify(last?.body)?.slice(0, 1500)}`,
            );
          }
        });
        (requestsKnown ? it.fails : it)(`${name}: requests match the spec`, async () => {
          const { mock } = await runOnce(target, op, mode);
          expect(mock.violations).toEqual([]);
        });
      }
    }
  });
}
