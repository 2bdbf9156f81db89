import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { createControl, type SimControl } from "@/lib/marketplaces/simulator/control";
import { SIM_DEMO_CREDENTIALS, type SimCredentials } from "@/lib/marketplaces/simulator/demo-credentials";
import { createFaultList } from "@/lib/marketplaces/simulator/faults";
import { json, sleep, toSimRequest, writeResponse, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";
import type { SimModule } from "@/lib/marketplaces/simulator/module";
import { createSeededRandom, resolveSimulatorSeed } from "@/lib/marketplaces/simulator/random";
import { buildInjectors, buildModules } from "@/lib/marketplaces/simulator/registry";
import { createSimState, type SimState } from "@/lib/marketplaces/simulator/state";
import { createStateSaver, readSimStateFile } from "@/lib/marketplaces/simulator/state-file";
import { loadDemoWorld } from "@/lib/marketplaces/simulator/demo-world";
import type { DemoWorld } from "@/lib/marketplaces/simulator/demo-world-types";
import { deliverWebhook } from "@/lib/marketplaces/simulator/webhooks";

// Local stand-in for all five marketplaces on ONE port, routed by path prefix:
//   /wb-chat  /wb-feedbacks  /ozon  /ym  /avito  /amazon  /lwa      and the control API under /_sim.

export type SimulatorOptions = {
  port?: number;
  host?: string;
  credentials?: Partial<SimCredentials>;
  now?: () => Date;
  /** Seed of the simulator's variety (default `SIMULATOR_RANDOM_SEED`, else 1). */
  seed?: number;
  /** The demo workspace's conversations (built by lib/seed/demo-world.ts), loaded when no saved state is restored. */
  demo?: DemoWorld;
  /** Keep the state in this file: restored at start when present, saved as it changes and on close. */
  stateFile?: string;
};

export type SimBaseUrls = {
  wildberries: { chat: string; feedbacks: string };
  ozon: { api: string };
  yandex_market: { api: string };
  avito: { api: string };
  amazon: { api: string; lwa: string };
};

export type Simulator = {
  url: string;
  baseUrls: SimBaseUrls;
  credentials: SimCredentials;
  state: SimState;
  /** The state came from `stateFile` (a restart), not from scratch. */
  restored: boolean;
  control: SimControl;
  close: () => Promise<void>;
};

const MALFORMED_JSON = '{"result": {"events": [{"chatID": "1:abc", "eventID"';

function applyFaultResponse(
  module: SimModule,
  fault: { kind: string; status: number; message: string; retryAfterSeconds?: number },
): SimResponse | null {
  if (fault.kind === "malformed")
    return { status: 200, headers: { "content-type": "application/json" }, body: MALFORMED_JSON };
  if (fault.kind === "moderation") return module.rejectBody(fault.message);
  if (fault.kind === "status") {
    const res = module.errorBody(fault.status, fault.message);
    if (fault.retryAfterSeconds !== undefined)
      res.headers = { ...res.headers, "retry-after": String(fault.retryAfterSeconds) };
    return res;
  }
  return null;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const now = options.now ?? (() => new Date());
  const credentials: SimCredentials = { ...SIM_DEMO_CREDENTIALS, ...options.credentials };
  const saved = options.stateFile ? readSimStateFile(options.stateFile) : null;
  const state = saved ?? createSimState(now());
  if (!saved && options.demo) loadDemoWorld(state, options.demo, credentials);
  const saver = options.stateFile ? createStateSaver({ state, file: options.stateFile }) : null;
  const faults = createFaultList();
  const ctx: SimContext = {
    credentials,
    sent: state.sent,
    now,
    random: createSeededRandom(resolveSimulatorSeed(options.seed)),
    webhookTargets: state.webhookTargets,
    pushWebhook: (marketplace: Marketplace, payload: unknown) => {
      for (const target of state.webhookTargets[marketplace] ?? []) {
        void deliverWebhook({ marketplace, target, payload }).then((d) => state.webhookDeliveries.push(d));
      }
    },
  };
  const modules = buildModules(state);
  const control = createControl({ state, ctx, faults, injectors: buildInjectors(state) });

  const server: Server = createServer((incoming, res) => {
    void (async () => {
      const url = new URL(incoming.url ?? "/", "http://sim.local");
      const req = await toSimRequest(incoming, url.pathname, url.searchParams);
      let out: SimResponse;
      let routedPath = url.pathname;
      if (url.pathname === "/_sim" || url.pathname.startsWith("/_sim/")) {
        out = await control.handleHttp({ ...req, path: url.pathname.slice("/_sim".length) || "/" });
      } else {
        const mounted = modules.find((m) => url.pathname === m.prefix || url.pathname.startsWith(`${m.prefix}/`));
        if (!mounted) {
          out = json(404, { error: `simulator: no marketplace mounted at ${url.pathname}` });
        } else {
          const path = url.pathname.slice(mounted.prefix.length) || "/";
          routedPath = `${mounted.prefix}${path}`;
          const fault = faults.take({ prefix: mounted.prefix, path, method: req.method });
          if (fault?.kind === "slow") await sleep(fault.delayMs);
          out = (fault && applyFaultResponse(mounted, fault)) || (await mounted.handle({ ...req, path }, ctx));
        }
      }
      state.requests.push({
        method: req.method,
        path: routedPath,
        status: out.status,
        at: now().toISOString(),
        headers: Object.fromEntries(req.headers.entries()),
        body: req.text.slice(0, 4096),
        query: req.query.toString(),
      });
      saver?.touch();
      if (!res.destroyed) writeResponse(res, out);
    })().catch((error: unknown) => {
      if (!res.headersSent) writeResponse(res, json(500, { error: `simulator crashed: ${(error as Error).message}` }));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url,
    baseUrls: {
      wildberries: { chat: `${url}/wb-chat`, feedbacks: `${url}/wb-feedbacks` },
      ozon: { api: `${url}/ozon` },
      yandex_market: { api: `${url}/ym` },
      avito: { api: `${url}/avito` },
      amazon: { api: `${url}/amazon`, lwa: `${url}/lwa` },
    },
    credentials,
    state,
    restored: saved !== null,
    control,
    close: async () => {
      control.stopTraffic();
      saver?.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
