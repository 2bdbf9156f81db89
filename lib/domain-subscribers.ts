import { subscribe } from "@/lib/events/bus";
import { ASSIGNMENT_SUBSCRIBERS } from "@/lib/assignment/assignment-subscribers";
import { FOLLOW_UP_SUBSCRIBERS } from "@/lib/follow-ups/follow-up-subscribers";
import { NEGATIVE_REVIEW_SUBSCRIBERS } from "@/lib/negative-reviews/negative-review-subscribers";
import { NOTIFICATION_SUBSCRIBERS } from "@/lib/notifications/notification-subscribers";
import { REPORT_SUBSCRIBERS } from "@/lib/reports/report-subscribers";
import { STREAM_SUBSCRIBERS } from "@/lib/stream/stream-subscribers";

/**
 * The one place that wires the domains to the events the inbox and the other domains announce
 * (lib/events/bus.ts), so the publishers import none of them. Called once per process before it serves
 * or works: lib/start-server.ts, the instance script, benchmarks and the integration tests' setup. The
 * stream's subscribers come last.
 */
export function registerDomainSubscribers(): void {
  subscribe([
    ...REPORT_SUBSCRIBERS,
    ...FOLLOW_UP_SUBSCRIBERS,
    ...NEGATIVE_REVIEW_SUBSCRIBERS,
    ...ASSIGNMENT_SUBSCRIBERS,
    ...NOTIFICATION_SUBSCRIBERS,
    ...STREAM_SUBSCRIBERS,
  ]);
}
