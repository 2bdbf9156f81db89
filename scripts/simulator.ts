// npm run simulator -- [--port 4010] [--host 127.0.0.1] [--traffic 6] [--seed 3] [--webhook ozon=http://... ...]
//   [--demo] [--state-file .data/simulator-state.bin]
// --demo holds the demo workspace's conversations (the same ones the demo seed stores); --state-file keeps
// the state across restarts (restored state is used as it is: no demo world or seeded messages added again).
// Local stand-in for Wildberries, Ozon, Yandex Market, Avito and Amazon on one port (see lib/marketplaces/simulator).
import { parseArgs } from "node:util";

import { z } from "zod";

import { MARKETPLACES } from "@/lib/marketplaces/marketplace";
import { marketplaceSchema } from "@/lib/marketplaces/marketplace-schema";
import { startSimulator } from "@/lib/marketplaces/simulator/server";
import { buildDemoWorld } from "@/lib/seed/demo-world";

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(4010),
  host: z.string().default("127.0.0.1"),
  traffic: z.coerce.number().min(0).default(0),
  seed: z.coerce.number().int().min(0).max(100).default(3),
  demo: z.boolean().default(false),
  stateFile: z.string().min(1).optional(),
  webhook: z
    .array(z.string().regex(/^[a-z_]+=https?:\/\/\S+$/, "use --webhook <marketplace>=<url>"))
    .default([])
    .transform((list) =>
      list.map((item) => {
        const [marketplace, ...url] = item.split("=");
        return { marketplace: marketplaceSchema.parse(marketplace), url: url.join("=") };
      }),
    ),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      traffic: { type: "string" },
      seed: { type: "string" },
      webhook: { type: "string", multiple: true },
      demo: { type: "boolean" },
      "state-file": { type: "string" },
    },
  });
  const args = argsSchema.parse({ ...values, stateFile: values["state-file"] });
  const sim = await startSimulator({
    port: args.port,
    host: args.host,
    stateFile: args.stateFile,
    demo: args.demo ? buildDemoWorld({ now: new Date() }) : undefined,
  });
  for (const target of args.webhook) sim.control.setWebhookTarget(target);
  if (!sim.restored) {
    for (const marketplace of MARKETPLACES.filter((m) => m !== "amazon")) {
      for (let i = 0; i < args.seed; i++)
        sim.control.injectBuyerMessage({ marketplace, reuseChat: i > 0 && i % 2 === 0, withFile: i === 1 });
    }
  }
  if (args.traffic > 0) sim.control.startTraffic({ ratePerMinute: args.traffic });

  console.log(`Marketplace simulator on ${sim.url}`);
  if (args.stateFile)
    console.log(sim.restored ? `State restored from ${args.stateFile}` : `State kept in ${args.stateFile}`);
  console.log("Base URLs (pass as `baseUrls` to createConnector):");
  console.log(JSON.stringify(sim.baseUrls, null, 2));
  console.log("Demo credentials:");
  console.log(JSON.stringify(sim.credentials, null, 2));
  console.log(`Control API: ${sim.url}/_sim (faults, buyer-messages, sent, webhooks, traffic, requests)`);
  if (args.traffic > 0) console.log(`Buyer traffic: ${args.traffic} messages/minute`);

  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
