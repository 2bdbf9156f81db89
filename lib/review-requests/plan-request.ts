import { z } from "zod";

import type { Channel } from "@/lib/notify/channel";
import { QUIET_HOURS_CHANNELS } from "@/lib/notify/channel";
import { endOfQuietHours, isInQuietHours, quietHoursSchema } from "@/lib/review-requests/quiet-hours";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import {
  channelOrderSchema,
  delayMinutesSchema,
  frequencyDaysSchema,
  timeZoneSchema,
} from "@/lib/review-requests/settings-fields";
import type { RequestReason } from "@/lib/review-requests/request-reason";

export const reviewRequestSettingsSchema = z.object({
  channelOrder: channelOrderSchema,
  delayMinutes: delayMinutesSchema.default(0),
  // Applies to SMS and WhatsApp (both wake the phone), never to email: see QUIET_HOURS_CHANNELS.
  quietHours: quietHoursSchema.default({ start: "21:00", end: "09:00" }),
  timeZone: timeZoneSchema,
  frequencyDays: frequencyDaysSchema.default(30),
});
export type ReviewRequestSettings = z.input<typeof reviewRequestSettingsSchema>;

export const planSkipCodeSchema = z.enum([
  "duplicate_event",
  "opted_out",
  "frequency_limit",
  "not_configured",
  "no_review_link",
  "no_channel",
]);
export type PlanSkipCode = z.infer<typeof planSkipCodeSchema>;

export type PlanRequestResult =
  | {
      action: "send";
      channel: Channel;
      /** Configured channels to try if `channel` fails, already filtered for quiet hours at sendAt. */
      fallbackChannels: Channel[];
      sendAt: Date;
      /** sendAt was pushed to the end of quiet hours (for the log: "queued until morning"). */
      deferredByQuietHours: boolean;
    }
  | { action: "skip"; code: PlanSkipCode; reason: RequestReason };

/**
 * Decides whether, when and over which channel to send one review request. Pure: the caller
 * looks up the opt-out list, the last request to this phone and whether this order/visit/deal
 * was already handled, and passes the answers in.
 */
export function planRequest({
  event,
  now,
  settings: rawSettings,
  optedOut,
  lastRequestAtForPhone,
  alreadyRequestedForSourceEvent,
  configuredChannels,
  hasReviewLink,
}: {
  event: { sourceEventId: string; phone: string; email?: string; occurredAt?: Date };
  now: Date;
  settings: ReviewRequestSettings;
  optedOut: boolean;
  lastRequestAtForPhone?: Date;
  alreadyRequestedForSourceEvent: boolean;
  configuredChannels: readonly Channel[];
  /** Whether the workspace set its review link: a request without it asks for a review with nowhere to leave one. */
  hasReviewLink: boolean;
}): PlanRequestResult {
  const settings = reviewRequestSettingsSchema.parse(rawSettings);

  if (alreadyRequestedForSourceEvent) {
    return { action: "skip", code: "duplicate_event", reason: { code: "duplicate_event" } };
  }
  if (optedOut) {
    return { action: "skip", code: "opted_out", reason: { code: "opted_out" } };
  }
  if (settings.frequencyDays > 0 && lastRequestAtForPhone) {
    // Elapsed time: "once per N days" counts N × 24 h from the last request.
    const nextAllowed = elapsedDaysAfter({ at: lastRequestAtForPhone, days: settings.frequencyDays }).getTime();
    if (now.getTime() < nextAllowed) {
      const last = formatDate({ at: lastRequestAtForPhone, timeZone: settings.timeZone });
      return {
        action: "skip",
        code: "frequency_limit",
        reason: { code: "frequency_limit", params: { last, days: settings.frequencyDays } },
      };
    }
  }

  const configured = settings.channelOrder.filter((channel) => configuredChannels.includes(channel));
  if (configured.length === 0) {
    return { action: "skip", code: "not_configured", reason: { code: "not_configured" } };
  }
  if (!hasReviewLink) {
    return { action: "skip", code: "no_review_link", reason: { code: "no_review_link" } };
  }
  const usable = configured.filter((channel) => channel !== "email" || Boolean(event.email));
  const [channel, ...rest] = usable;
  if (!channel) {
    return { action: "skip", code: "no_channel", reason: { code: "no_channel" } };
  }

  // The delay counts from the event, not from when its webhook reached us; an occurredAt in
  // the future (clock skew) counts as now.
  const eventTime = Math.min(event.occurredAt?.getTime() ?? now.getTime(), now.getTime());
  let sendAt = new Date(Math.max(now.getTime(), eventTime + settings.delayMinutes * 60_000));
  let deferredByQuietHours = false;
  const zone = { quietHours: settings.quietHours, timeZone: settings.timeZone };
  if (QUIET_HOURS_CHANNELS.has(channel) && isInQuietHours({ at: sendAt, ...zone })) {
    sendAt = endOfQuietHours({ at: sendAt, ...zone });
    deferredByQuietHours = true;
  }
  const quietAtSend = isInQuietHours({ at: sendAt, ...zone });
  const fallbackChannels = rest.filter((fallback) => !(quietAtSend && QUIET_HOURS_CHANNELS.has(fallback)));

  return { action: "send", channel, fallbackChannels, sendAt, deferredByQuietHours };
}

function formatDate({ at, timeZone }: { at: Date; timeZone: string }): string {
  return new Intl.DateTimeFormat("ru-RU", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(at);
}
