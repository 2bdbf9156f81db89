import { z } from "zod";

import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import {
  eventWithPhone,
  fingerprintPayload,
  firstEmail,
  firstText,
  idSchema,
  idToString,
  parseTimestamp,
  phoneValueSchema,
  readPayload,
  skippedEvent,
  textValueSchema,
  toList,
} from "@/lib/review-requests/sources/payload-helpers";
import type { WebhookOutcome } from "@/lib/review-requests/sources/webhook-outcome";
import { given } from "@/lib/review-requests/webhook-reason";

// amoCRM posts application/x-www-form-urlencoded (leads[status][0][id]=...) or JSON; after
// parseWebhookBody both are the same nested object, except that form values are strings.
const listOf = <T extends z.ZodType>(item: T) => z.preprocess(toList, z.array(item));

const amoValueSchema = z.union([z.looseObject({ value: phoneValueSchema.nullish() }), phoneValueSchema]);

const amoCustomFieldSchema = z.looseObject({
  // API v4: custom_fields_values[]
  field_id: idSchema.nullish(),
  field_name: z.string().nullish(),
  field_code: z.string().nullish(),
  // legacy (API v2 webhooks): custom_fields[]
  id: idSchema.nullish(),
  name: z.string().nullish(),
  code: z.string().nullish(),
  values: listOf(amoValueSchema).nullish(),
});

const amoContactSchema = z.looseObject({
  id: idSchema.nullish(),
  name: textValueSchema.nullish(),
  phone: phoneValueSchema.nullish(),
  custom_fields_values: listOf(amoCustomFieldSchema).nullish(),
  custom_fields: listOf(amoCustomFieldSchema).nullish(),
});

const amoLeadSchema = z.looseObject({
  id: idSchema.nullish(),
  status_id: idSchema.nullish(),
  old_status_id: idSchema.nullish(),
  pipeline_id: idSchema.nullish(),
  main_contact: z
    .looseObject({ id: idSchema.nullish(), name: textValueSchema.nullish(), phone: phoneValueSchema.nullish() })
    .nullish(),
  updated_at: textValueSchema.nullish(),
  last_modified: textValueSchema.nullish(),
});

export const amocrmWebhookSchema = z.looseObject({
  leads: z
    .looseObject({
      status: listOf(amoLeadSchema).nullish(),
      add: listOf(amoLeadSchema).nullish(),
      update: listOf(amoLeadSchema).nullish(),
    })
    .nullish(),
  contacts: z
    .looseObject({ update: listOf(amoContactSchema).nullish(), add: listOf(amoContactSchema).nullish() })
    .nullish(),
});
export type AmocrmWebhook = z.infer<typeof amocrmWebhookSchema>;
type AmoCustomField = z.infer<typeof amoCustomFieldSchema>;

/** System status "Успешно реализовано"; 143 is "Закрыто и не реализовано". */
export const AMOCRM_WON_STATUS_ID = "142";

/**
 * One outcome per lead in leads[status]: amoCRM batches several status changes into one
 * webhook. The route should use this one; parseAmocrmWebhook keeps the single-outcome shape.
 */
export function parseAmocrmWebhookEvents({ body }: { body: unknown }): WebhookOutcome[] {
  const payload = readPayload({ source: "amoCRM", schema: amocrmWebhookSchema, body });
  const leads = payload.leads?.status ?? [];
  if (leads.length === 0) {
    // leads[update]/leads[add] fire on every edit of a long-won deal too: acting on them would
    // send requests for old deals, so only a status change counts.
    return [{ outcome: "skipped", code: "ignored_event", reason: { code: "amocrm_no_status_change" } }];
  }
  const contacts = [...(payload.contacts?.update ?? []), ...(payload.contacts?.add ?? [])];

  return leads.map((lead): WebhookOutcome => {
    const sourceEventId = idToString(lead.id) ?? fingerprintPayload(body);
    const statusId = idToString(lead.status_id);
    if (statusId !== AMOCRM_WON_STATUS_ID) {
      return skippedEvent({
        code: "not_final_status",
        reason:
          statusId === "143" ? { code: "amocrm_lost" } : { code: "amocrm_status", params: { status: given(statusId) } },
        sourceEventId,
      });
    }
    // The contact must belong to this lead: by main_contact id, or, as in the seed's form
    // example, the only contact of a single-lead webhook. Never a guess across leads.
    const mainContactId = idToString(lead.main_contact?.id);
    const contact = mainContactId
      ? contacts.find((candidate) => idToString(candidate.id) === mainContactId)
      : leads.length === 1
        ? contacts[0]
        : undefined;

    const outcome = eventWithPhone({
      sourceEventId,
      phones: [
        lead.main_contact?.phone,
        ...fieldValues(contact?.custom_fields_values, isPhoneField),
        ...fieldValues(contact?.custom_fields, isPhoneField),
        contact?.phone,
      ],
      customerName: firstText(lead.main_contact?.name, contact?.name),
      email: firstEmail(
        ...fieldValues(contact?.custom_fields_values, isEmailField),
        ...fieldValues(contact?.custom_fields, isEmailField),
      ),
      occurredAt: parseTimestamp(lead.updated_at) ?? parseTimestamp(lead.last_modified),
    });
    // No phone at all is worded for amoCRM: the deal and contact fields it was looked for in.
    return outcome.outcome === "skipped" && outcome.code === "no_phone"
      ? { ...outcome, reason: { code: "amocrm_no_phone" } }
      : outcome;
  });
}

/** First lead that qualifies, or else the first lead's reason to skip. */
export function parseAmocrmWebhook({ body }: { body: unknown }): WebhookOutcome {
  const outcomes = parseAmocrmWebhookEvents({ body });
  const first = outcomes.find((outcome) => outcome.outcome === "eligible") ?? outcomes[0];
  if (!first) throw new MalformedPayloadError({ code: "empty_leads" });
  return first;
}

function fieldValues(
  fields: AmoCustomField[] | null | undefined,
  matches: (field: AmoCustomField) => boolean,
): unknown[] {
  return (fields ?? [])
    .filter(matches)
    .flatMap((field) => field.values ?? [])
    .map((value) => (typeof value === "object" && value !== null ? value.value : value));
}

function fieldLabel(field: AmoCustomField): { code: string; name: string } {
  return {
    code: (field.field_code ?? field.code ?? "").trim().toUpperCase(),
    name: (field.field_name ?? field.name ?? "").trim().toLowerCase(),
  };
}

function isPhoneField(field: AmoCustomField): boolean {
  const { code, name } = fieldLabel(field);
  return code === "PHONE" || name === "телефон" || name === "phone";
}

function isEmailField(field: AmoCustomField): boolean {
  const { code, name } = fieldLabel(field);
  return code === "EMAIL" || name === "email" || name === "e-mail" || name === "почта";
}
