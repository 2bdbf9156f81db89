import { readFileSync } from "node:fs";
import path from "node:path";

import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

import { loadSpec } from "@/lib/marketplaces/contract/load-spec";
import { buildOzonPushSchemas, OZON_PUSH_ANSWERS } from "@/lib/marketplaces/contract/ozon-openapi";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

// Every documented push type, with the schema its body follows, the spec's own example where there is one,
// and the answer the marketplace expects back:
// - Yandex Market: each DTO of SendNotificationRequest (notification API); answer 200 SendNotificationResponse;
// - Ozon: the chat pushes of ozon.md / the subset's `push`; answer {version, name, time} to PING, {result: true} otherwise;
// - Avito: the webhook v3 body (documented as postWebhookV3's "201" answer), one case per message `type`; answer 200.

type JsonObject = Record<string, any>; // dereferenced vendor schemas

export type PushCase = {
  marketplace: Extract<Marketplace, "yandex_market" | "ozon" | "avito">;
  type: string;
  schema: JsonObject;
  /** A verbatim example from the spec files, when they hold one for this type. */
  example: unknown | null;
  /** Bodies an operator must see (a buyer's chat message, a review, a question, a dispute): not to be dropped as "ignored". */
  forInbox: (body: JsonObject) => boolean;
  validateAnswer: (answer: { status: number; body: unknown }) => string[];
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const format of ["int32", "int64", "uint64", "double", "float"])
  if (!ajv.formats[format]) ajv.addFormat(format, true);

const compiled = new WeakMap<object, ValidateFunction>();
export function schemaErrors(schema: JsonObject, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

const answerCheck = (schema: JsonObject | null) => (answer: { status: number; body: unknown }) => [
  ...(answer.status === 200 ? [] : [`status ${answer.status}, expected 200`]),
  ...(schema ? schemaErrors(schema, answer.body) : []),
];

const YM_INBOX = /^(GOODS_FEEDBACK_|CHAT_|QUESTION_)/;

async function ymCases(): Promise<PushCase[]> {
  const api = await loadSpec("yandex-market-notification-api.yaml");
  const op = api.getOperation("sendNotification")!;
  const request = (op.requestBody as JsonObject).content["application/json"].schema as JsonObject;
  const answer = (op.responses as JsonObject)["200"].content["application/json"].schema as JsonObject;
  return (request.oneOf as JsonObject[]).map((dto) => {
    // The DTOs share the NotificationType enum; each names its own value only in its description.
    const type = /`notificationType`\s*=\s*`(\w+)`/.exec(String(dto.description))?.[1];
    if (!type) throw new Error("contract: a notification DTO does not name its notificationType");
    const schema = { ...dto, properties: { ...dto.properties, notificationType: { type: "string", enum: [type] } } };
    return {
      marketplace: "yandex_market" as const,
      type,
      schema,
      example: null,
      forInbox: () => YM_INBOX.test(type),
      validateAnswer: answerCheck(answer),
    };
  });
}

function ozonCases(): PushCase[] {
  const all = Object.entries(buildOzonPushSchemas()).map(([type, { schema, example }]): PushCase => ({
    marketplace: "ozon" as const,
    type,
    schema: schema as JsonObject,
    example,
    // ozon.md: buyer chats are chat_type "Buyer_Seller"; support and notification chats are not the inbox's.
    // A read receipt is the buyer's read state only when the buyer read it (ozon.md: push user.type is
    // Customer | Support | NotificationUser; the example spells "Сustomer" with a Cyrillic С).
    forInbox: (body: JsonObject) =>
      type !== "TYPE_PING" &&
      body.chat_type === "Buyer_Seller" &&
      (type !== "TYPE_MESSAGE_READ" || !["Support", "NotificationUser"].includes(body.user?.type)),
    validateAnswer: answerCheck(type === "TYPE_PING" ? OZON_PUSH_ANSWERS.ping : OZON_PUSH_ANSWERS.other),
  }));
  // The same chat pushes from a buyer chat, so random bodies are judged on reaching the inbox too.
  const buyer = all
    .filter((c) => c.type !== "TYPE_PING")
    .map((c) => ({
      ...c,
      type: `${c.type}/Buyer_Seller`,
      schema: {
        ...c.schema,
        required: [...c.schema.required, "chat_type"],
        properties: { ...c.schema.properties, chat_type: { type: "string", enum: ["Buyer_Seller"] } },
      },
      example: null,
    }));
  return [...all, ...buyer];
}

async function avitoCases(): Promise<PushCase[]> {
  const api = await loadSpec("avito-messenger.json");
  const op = api.getOperation("postWebhookV3")!;
  const body = (op.responses as JsonObject)["201"].content["application/json"].schema as JsonObject;
  const message = body.properties.payload.properties.value as JsonObject;
  // avito.md: the verbatim body example; its message type is "text".
  const example = JSON.parse(
    readFileSync(path.join(process.cwd(), "lib/marketplaces/avito/fixtures/webhook-v3.json"), "utf8"),
  );
  return (message.properties.type.enum as string[]).map((type) => ({
    marketplace: "avito" as const,
    type: `message/${type}`,
    schema: {
      ...body,
      required: ["payload"],
      properties: {
        ...body.properties,
        payload: {
          ...body.properties.payload,
          required: ["type", "value"],
          properties: {
            type: { type: "string", enum: ["message"] },
            value: { ...message, properties: { ...message.properties, type: { type: "string", enum: [type] } } },
          },
        },
      },
    },
    example: type === "text" ? example : null,
    // Every message a buyer writes is shown, even one whose content the inbox cannot render.
    forInbox: () => true,
    validateAnswer: answerCheck(null),
  }));
}

export async function loadPushCases(): Promise<PushCase[]> {
  return [...(await ymCases()), ...ozonCases(), ...(await avitoCases())];
}
