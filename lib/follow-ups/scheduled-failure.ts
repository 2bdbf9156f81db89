import { findingRule, type FindingRule } from "@/lib/ai/finding-text";
import type { Finding } from "@/lib/ai/types";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SendFailure } from "@/lib/inbox/send-failure";
import type {
  ProactiveRefusal,
  ProactiveRefusalCode,
  ProactiveRefusalParams,
} from "@/lib/marketplaces/proactive-policy";

// Why a scheduled message was not sent, or why a rule did not apply, as a code with values
// (ScheduledMessage.error and errorParams), worded in the reader's language where it is shown
// (lib/follow-ups/scheduled-failure-text.ts). A reply that went out and failed keeps the reply's own
// failure (lib/inbox/send-failure.ts).

export type ScheduledFailure =
  | SendFailure
  | { code: "not_allowed"; params: { refusal: ProactiveRefusalCode } & ProactiveRefusalParams }
  // The text broke the marketplace's rules when it was sent; the rule's template did when it was scheduled.
  | { code: "guardrails" | "template_guardrails"; params: { findings: FindingRule[] } }
  | { code: "chat_not_found" | "interrupted"; params?: undefined };

export function refusalFailure(refusal: Pick<ProactiveRefusal, "code" | "params">): ScheduledFailure {
  return { code: "not_allowed", params: { refusal: refusal.code, ...refusal.params } };
}

/** Why sending threw before a reply was stored: broken rules, a chat gone, else an internal error. */
export function thrownFailure(error: unknown): ScheduledFailure {
  if (error instanceof AppError && error.expose) {
    const details = error.details as { reason?: string; findings?: Finding[] } | undefined;
    if (details?.reason === "guardrails")
      return { code: "guardrails", params: { findings: (details.findings ?? []).map(findingRule) } };
    if (error.code === "not_found") return { code: "chat_not_found" };
  }
  return { code: "internal" };
}

type Columns = { error: string; errorParams: Prisma.InputJsonValue | typeof Prisma.DbNull };

/** The columns a failure is stored in. */
export function failureColumns(failure: ScheduledFailure): Columns {
  return { error: failure.code, errorParams: failure.params ?? Prisma.DbNull };
}

/** A failed reply's own failure, copied as it is stored on the message. */
export function replyFailureColumns(message: { error: string | null; errorParams: Prisma.JsonValue | null }): Columns {
  return message.error === null
    ? failureColumns({ code: "internal" })
    : { error: message.error, errorParams: message.errorParams ?? Prisma.DbNull };
}

/** No failure: a retried reply that went out. */
export const NO_FAILURE = { error: null, errorParams: Prisma.DbNull };
