import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateSample } from "@/lib/marketplaces/contract/generate-sample";
import { loadSpec } from "@/lib/marketplaces/contract/load-spec";
import { recordSpecExchanges } from "@/lib/marketplaces/contract/record-spec-exchanges";
import { sendThroughFetch } from "@/lib/marketplaces/contract/send-through-fetch";
import { createSpecMock } from "@/lib/marketplaces/contract/spec-mock";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { parseAllowedHost } from "@/lib/allowed-host";
import { createOutboundClient, type OutboundClient } from "@/lib/net/guarded-fetch";

// The judge itself can fail: bad requests are caught, generated answers are schema-valid and reproducible,
// and an answer that breaks the spec is reported.

const WB = [{ origin: "http://wb.contract.invalid", specs: ["wildberries-09-communications.yaml" as const] }];

describe("spec mock: requests", () => {
  it("accepts a request the spec allows", async () => {
    const mock = await createSpecMock({ routes: WB, mode: { kind: "static" } });
    const res = await mock.fetch("http://wb.contract.invalid/api/v1/feedbacks?isAnswered=false&take=10&skip=0", {
      headers: { Authorization: "token" },
    });
    expect(res.status).toBe(200);
    expect(mock.violations).toEqual([]);
  });

  it("reports a missing auth header, a bad query value and a path the spec does not have", async () => {
    const mock = await createSpecMock({ routes: WB, mode: { kind: "static" } });
    await mock.fetch("http://wb.contract.invalid/api/v1/feedbacks?isAnswered=false&take=10&skip=0");
    await mock.fetch("http://wb.contract.invalid/api/v1/feedbacks?isAnswered=maybe&take=10&skip=0", {
      headers: { Authorization: "token" },
    });
    await mock.fetch("http://wb.contract.invalid/api/v1/seller/chats/extra", { headers: { Authorization: "token" } });
    expect(mock.violations.map((v) => v.errors.join(" "))).toEqual([
      expect.stringContaining("security"),
      expect.stringContaining("/query/isAnswered"),
      "no such operation in the spec",
    ]);
  });

  it("reports a body that breaks the request schema", async () => {
    const mock = await createSpecMock({ routes: WB, mode: { kind: "static" } });
    await mock.fetch("http://wb.contract.invalid/api/v1/feedbacks/answer", {
      method: "POST",
      headers: { Authorization: "token", "content-type": "application/json" },
      body: JSON.stringify({ text: "no id" }),
    });
    expect(mock.violations[0]?.errors.join(" ")).toContain("id");
  });
});

describe("spec mock as the connectors' runtime.send", () => {
  it("passes method, headers and body on and gives the answer back as bytes", async () => {
    const mock = await createSpecMock({ routes: WB, mode: { kind: "static" } });
    const res = await mock.send({
      url: "http://wb.contract.invalid/api/v1/feedbacks/answer",
      method: "POST",
      headers: { Authorization: "token", "content-type": "application/json" },
      body: JSON.stringify({ id: "YX52RZOP7P2pQCg", text: "Спасибо!" }),
      timeoutMs: 1_000,
      maxBytes: 1_000_000,
    });
    expect(res.status).toBe(204);
    expect(mock.violations).toEqual([]);
    expect(mock.calls.map((c) => c.request)).toEqual(["POST /api/v1/feedbacks/answer"]);
  });

  it("refuses a redirect and an answer past maxBytes, as the guarded client does", async () => {
    const redirect = sendThroughFetch(
      async () => new Response(null, { status: 302, headers: { location: "http://169.254.169.254/" } }),
    );
    const big = sendThroughFetch(async () => new Response("x".repeat(2_048), { status: 200 }));
    const request = { url: "http://wb.contract.invalid/x", timeoutMs: 1_000, maxBytes: 1_024 };
    await expect(redirect(request)).rejects.toMatchObject({ name: "OutboundError", code: "redirect" });
    await expect(big(request)).rejects.toMatchObject({ name: "OutboundError", code: "too_large" });
  });
});

describe("spec mock: generated answers", () => {
  it("are valid against the response schema, the same for the same seed and different across seeds", async () => {
    const api = await loadSpec("wildberries-09-communications.yaml");
    const op = api.getOperation("GET /api/v1/seller/chats")!;
    const schema = (op.responses!["200"] as { content: Record<string, { schema: unknown }> }).content[
      "application/json"
    ]!.schema;
    const samples = [1, 2, 3, 4, 5, 6].map((seed) => generateSample({ schema, seed }));
    for (const sample of samples) expect(api.validator.validateResponse(sample, op, 200).errors ?? []).toEqual([]);
    expect(generateSample({ schema, seed: 3 })).toEqual(samples[2]);
    expect(new Set(samples.map((s) => JSON.stringify(s))).size).toBeGreaterThan(3);
  });
});

describe("spec exchange recorder", () => {
  let sim: Simulator;
  let client: OutboundClient;
  beforeAll(async () => {
    sim = await startSimulator();
    client = createOutboundClient({ policy: { allowedHosts: [parseAllowedHost(sim.url)!] } });
  });
  afterAll(async () => {
    await client.close();
    await sim.close();
  });

  it("reports an answer that breaks the spec (Avito messages wrapped in an object; the spec says a bare array)", async () => {
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "avito", text: "Добрый день" });
    const token = (
      (await await fetch(`${sim.baseUrls.avito.api}/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "client_credentials",
          client_id: sim.credentials.avito.clientId,
          client_secret: sim.credentials.avito.clientSecret,
        }),
      }).then((r) => r.json())) as { access_token: string }
    ).access_token;
    const recorder = await recordSpecExchanges({
      mounts: [{ prefix: sim.baseUrls.avito.api, specs: ["avito-messenger.json"] }],
      send: client.fetch,
    });
    const request = {
      url: `${sim.baseUrls.avito.api}/messenger/v3/accounts/${sim.credentials.avito.userId}/chats/${chatId}/messages/`,
      headers: { Authorization: `Bearer ${token}` },
      timeoutMs: 5_000,
      maxBytes: 1_000_000,
    };

    await recorder.send(request);
    sim.state.avito.wrapMessages = true;
    await recorder.send(request);

    expect(recorder.exchanges.map((e) => e.errors.length > 0)).toEqual([false, true]);
    expect(recorder.exchanges[1]!.errors.join(" ")).toContain("must be array");
  });
});
