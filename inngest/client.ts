import { Inngest } from "inngest";

// One client for the app. The SDK reads its own documented variables (INNGEST_EVENT_KEY,
// INNGEST_SIGNING_KEY, INNGEST_BASE_URL, INNGEST_DEV); lib/env.ts validates and documents them,
// and lib/jobs/inngest-enabled.ts decides whether Inngest or the in-process schedule does the work.
export const inngest = new Inngest({ id: "agentiq-inbox" });
