import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends, with its zod schema. Names are "<area>/<noun>.<verb>".
// A domain handler for each lives in lib/jobs/event-handlers.ts, so the embedded default (no Inngest
// server) runs the same work in-process.

export const jobsTick = eventType("jobs/sweep.requested", { schema: z.object({ job: z.string() }) });
