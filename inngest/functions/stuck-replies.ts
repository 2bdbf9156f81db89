import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { settleStuckReplies } from "@/lib/inbox/settle-stuck-replies";

// Thin wrapper: replies a crash or shutdown left PENDING are settled (SENT when the marketplace shows
// them, else FAILED "may have been sent" with Retry). Mirrors the in-process schedule in lib/jobs/schedules.ts.
export const settleStuckRepliesCron = inngest.createFunction(
  { id: "stuck-replies-sweep", triggers: [cron("* * * * *")] },
  async ({ step }) => step.run("settle", () => settleStuckReplies()),
);
