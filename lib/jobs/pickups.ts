/**
 * The worker role's pickup jobs (lib/jobs/jobs.ts): a web instance that stored work for one names it
 * in its wake-up (lib/jobs/wake-workers.ts), so only that pickup runs at once.
 */
export const PICKUP = { webhookEvents: "webhook-events-pickup", reviewRequests: "review-requests-pickup" } as const;
export type Pickup = (typeof PICKUP)[keyof typeof PICKUP];
