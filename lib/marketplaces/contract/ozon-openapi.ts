import { readSpecFile } from "@/lib/marketplaces/contract/read-spec-file";

// ozon-seller-api-chat-subset.json is NOT OpenAPI: it keeps Ozon's verbatim examples, the request field notes
// and the push table, but not the schemas (the full swagger.json was too big to save). This builds an
// OpenAPI 3 document from exactly that material, so the chat methods and pushes can be judged like the
// others. Rules, each traceable to the subset or ozon.md:
// - types come from the verbatim examples and `requestFields` (uint64 ids: digit strings in answers, integers
//   in requests, as the examples show; `has_next` boolean or the string "true"/"false", as the list example);
// - Ozon's swagger is generated from protobuf (proto3), which omits zero values: scalars, lists and cursors
//   may be missing from an answer. Ids, nested objects and timestamps of a record are required;
// - request limits only where the subset states them (history `limit` max 1000, text 1..1000 chars).

const uint64String = { type: "string", pattern: "^[0-9]+$" };
const dateTime = { type: "string", format: "date-time" };
const looseBoolean = { oneOf: [{ type: "boolean" }, { type: "string", enum: ["true", "false"] }] };
/** The official examples spell "Сustomer" with a Cyrillic С (U+0421); ozon.md lists the Latin values. */
const userType = {
  type: "string",
  enum: ["Customer", "Сustomer", "Seller", "Crm", "Courier", "Support", "NotificationUser"],
};
const user = { type: "object", required: ["type"], properties: { id: { type: "string" }, type: userType } };

const chatListItem = {
  type: "object",
  required: ["chat"],
  properties: {
    chat: {
      type: "object",
      required: ["chat_id", "chat_type"],
      properties: {
        chat_id: { type: "string" },
        chat_status: { type: "string" },
        chat_type: { type: "string" },
        created_at: dateTime,
      },
    },
    first_unread_message_id: uint64String,
    last_message_id: uint64String,
    unread_count: { type: "integer", format: "int64" },
  },
};

const message = {
  type: "object",
  required: ["message_id", "created_at", "user"],
  properties: {
    context: { type: "object", properties: { order_number: { type: "string" }, sku: { type: "string" } } },
    created_at: dateTime,
    data: { type: "array", items: { type: "string" } },
    is_image: { type: "boolean" },
    is_read: { type: "boolean" },
    message_id: uint64String,
    moderate_image_status: { type: "string", enum: ["SUCCESS", "MODERATION", "FAILED"] },
    user,
  },
};

const json = (schema: unknown, example?: unknown) => ({
  content: { "application/json": { schema, ...(example === undefined ? {} : { example }) } },
});

/** The subset's `rpcStatus_error_shape`; ozon.md: every non-200 (400/403/404/409/500) answers with it. */
const rpcStatus = {
  type: "object",
  properties: {
    code: { type: "integer", format: "int32" },
    message: { type: "string" },
    details: {
      type: "array",
      items: { type: "object", properties: { typeUrl: { type: "string" }, value: { type: "string", format: "byte" } } },
    },
  },
};
const ERROR_STATUSES = ["400", "403", "404", "409", "500"];

type SubsetOperation = { operationId: string; requestExample?: unknown; responseExample200?: unknown };

export function buildOzonOpenApi(): Record<string, unknown> {
  const subset = readSpecFile("ozon-seller-api-chat-subset.json") as {
    paths: Record<string, { post: SubsetOperation }>;
  };
  const op = (route: string, request: unknown, response: unknown) => {
    const source = subset.paths[route]!.post;
    return {
      post: {
        operationId: source.operationId,
        requestBody: { required: true, ...json(request, source.requestExample) },
        responses: {
          "200": { description: "OK", ...json(response, source.responseExample200) },
          ...Object.fromEntries(
            ERROR_STATUSES.map((status) => [status, { description: "rpcStatus", ...json(rpcStatus) }]),
          ),
        },
      },
    };
  };
  return {
    openapi: "3.0.3",
    info: { title: "Ozon Seller API chat methods (built from the saved subset)", version: "subset" },
    components: {
      securitySchemes: {
        ClientId: { type: "apiKey", in: "header", name: "Client-Id" },
        ApiKey: { type: "apiKey", in: "header", name: "Api-Key" },
      },
    },
    security: [{ ClientId: [], ApiKey: [] }],
    paths: {
      "/v3/chat/list": op(
        "/v3/chat/list",
        {
          type: "object",
          properties: {
            cursor: { type: "string" },
            filter: {
              type: "object",
              properties: { chat_status: { type: "string" }, unread_only: { type: "boolean" } },
            },
            limit: { type: "integer", minimum: 1 },
          },
        },
        {
          type: "object",
          properties: {
            chats: { type: "array", items: chatListItem },
            cursor: { type: "string" },
            has_next: looseBoolean,
            total_unread_count: { type: "integer" },
          },
        },
      ),
      "/v3/chat/history": op(
        "/v3/chat/history",
        {
          type: "object",
          required: ["chat_id"],
          properties: {
            chat_id: { type: "string" },
            direction: { type: "string", enum: ["Forward", "Backward"] },
            filter: { type: "object", properties: { message_ids: { type: "array", items: uint64String } } },
            from_message_id: { type: "integer", minimum: 0 },
            limit: { type: "integer", minimum: 1, maximum: 1000 },
          },
          // requestFields: "from_message_id ... required if direction=Forward"
          if: { properties: { direction: { const: "Forward" } }, required: ["direction"] },
          then: { required: ["from_message_id"] },
        },
        { type: "object", properties: { has_next: looseBoolean, messages: { type: "array", items: message } } },
      ),
      "/v1/chat/send/message": op(
        "/v1/chat/send/message",
        {
          type: "object",
          required: ["chat_id", "text"],
          properties: { chat_id: { type: "string" }, text: { type: "string", minLength: 1, maxLength: 1000 } },
        },
        { type: "object", required: ["result"], properties: { result: { type: "string" } } },
      ),
      "/v1/chat/send/file": op(
        "/v1/chat/send/file",
        {
          type: "object",
          required: ["base64_content", "chat_id", "name"],
          properties: { base64_content: { type: "string" }, chat_id: { type: "string" }, name: { type: "string" } },
        },
        { type: "object", required: ["result"], properties: { result: { type: "string" } } },
      ),
      "/v1/chat/start": op(
        "/v1/chat/start",
        { type: "object", required: ["posting_number"], properties: { posting_number: { type: "string" } } },
        {
          type: "object",
          required: ["result"],
          properties: {
            result: { type: "object", required: ["chat_id"], properties: { chat_id: { type: "string" } } },
          },
        },
      ),
      "/v2/chat/read": op(
        "/v2/chat/read",
        {
          type: "object",
          required: ["chat_id"],
          properties: { chat_id: { type: "string" }, from_message_id: { type: "integer", minimum: 0 } },
        },
        // "v2ChatReadResponse (no example in spec)": believed {unread_count}, anything else allowed.
        { type: "object", properties: { unread_count: { type: "integer" } } },
      ),
    },
  };
}

/** The subset's `push.chat_type_values` (mixed case, as the push table writes them). */
const pushChatType = {
  type: "string",
  enum: [
    "Seller_Support",
    "Buyer_Seller",
    "Seller_Notification",
    "Seller_API_Updates",
    "Seller_API_Notifications",
    "Seller_Notification_Logistics",
    "Buyer_Seller_Select",
    "Seller_Personal_Manager_Unity_Crm",
    "Seller_Business_Development_Group",
  ],
};

/** The subset's `push.user_type_values_in_push` (the verbatim examples write "Сustomer" with a Cyrillic С). */
const pushUser = {
  type: "object",
  required: ["type"],
  properties: {
    id: { type: "string" },
    type: { type: "string", enum: ["Customer", "Сustomer", "Support", "NotificationUser"] },
  },
};

const pushBase = {
  chat_id: { type: "string" },
  chat_type: pushChatType,
  seller_id: { oneOf: [{ type: "integer" }, uint64String] },
  user: pushUser,
};

/** Push bodies (ozon.md "Push notifications", verbatim examples in the subset's `push`) and the answers Ozon expects. */
export function buildOzonPushSchemas(): Record<string, { schema: Record<string, unknown>; example: unknown }> {
  const subset = readSpecFile("ozon-seller-api-chat-subset.json") as { push: Record<string, unknown> };
  const typed = (type: string, required: string[], extra: Record<string, unknown>) => ({
    type: "object",
    required: ["message_type", ...required],
    properties: { message_type: { type: "string", enum: [type] }, ...pushBase, ...extra },
  });
  const messageFields = {
    message_id: uint64String,
    created_at: dateTime,
    data: { type: "array", items: { type: "string" } },
  };
  return {
    TYPE_PING: {
      schema: typed("TYPE_PING", ["time"], { time: dateTime }),
      example: { message_type: "TYPE_PING", time: "2019-08-24T14:15:22Z" },
    },
    TYPE_NEW_MESSAGE: {
      schema: typed("TYPE_NEW_MESSAGE", ["chat_id", "message_id", "created_at", "user"], messageFields),
      example: subset.push.TYPE_NEW_MESSAGE,
    },
    TYPE_UPDATE_MESSAGE: {
      schema: typed("TYPE_UPDATE_MESSAGE", ["chat_id", "message_id", "created_at", "updated_at", "user"], {
        ...messageFields,
        updated_at: dateTime,
      }),
      example: subset.push.TYPE_UPDATE_MESSAGE,
    },
    TYPE_MESSAGE_READ: {
      schema: typed("TYPE_MESSAGE_READ", ["chat_id", "last_read_message_id"], {
        message_id: uint64String,
        created_at: dateTime,
        last_read_message_id: uint64String,
      }),
      example: subset.push.TYPE_MESSAGE_READ,
    },
    TYPE_CHAT_CLOSED: { schema: typed("TYPE_CHAT_CLOSED", ["chat_id"], {}), example: subset.push.TYPE_CHAT_CLOSED },
  };
}

/** Tag push_start: PING answer; tag service_response: every other notification. */
export const OZON_PUSH_ANSWERS = {
  ping: {
    type: "object",
    required: ["version", "name", "time"],
    properties: { version: { type: "string" }, name: { type: "string" }, time: dateTime },
  },
  other: { type: "object", required: ["result"], properties: { result: { const: true } } },
};
