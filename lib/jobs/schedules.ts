import type { Schedule } from "@/lib/jobs/in-process-scheduler";

// Recurring work. With Inngest configured the same services run from cron functions in
// inngest/functions/; without it (the embedded default) the in-process scheduler runs this list.
export const SCHEDULES: Schedule[] = [];
