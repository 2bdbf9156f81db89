import { buildOzonOpenApi } from "@/lib/marketplaces/contract/ozon-openapi";

// Where a saved spec file is wrong or incomplete, it is corrected HERE, one entry per defect, each with its
// reason and source. Reviewed like code: an entry may add what a spec leaves out or fix a proven copy-paste
// error; it may never relax a type, drop a required field or widen an enum to make a connector pass.
// Files named "override:*" are whole documents for APIs the saved specs do not contain.

export type SpecFile =
  | "wildberries-09-communications.yaml"
  | "yandex-market-partner-api-chats-feedback.yaml"
  | "yandex-market-notification-api.yaml"
  | "avito-messenger.json"
  | "avito-auth.json"
  | "amazon-sp-api-messaging-v1.json"
  | "override:ozon"
  | "override:avito-user"
  | "override:amazon-lwa";

type Doc = Record<string, any>; // vendor documents are untyped JSON

export type SpecOverride = { id: string; file: SpecFile; reason: string; apply: (doc: Doc) => Doc | void };

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

export const SPEC_OVERRIDES: SpecOverride[] = [
  {
    id: "wb-ping",
    file: "wildberries-09-communications.yaml",
    reason:
      "GET /ping is documented in WB's 01-general.yaml (wildberries.md, Base URLs), not in 09-communications; the connector pings the chat service to test a token. The answer's shape is not saved, so any JSON object is accepted.",
    apply: (doc) => {
      doc.paths["/ping"] = {
        get: { operationId: "ping", responses: { "200": { description: "OK", ...json({ type: "object" }) } } },
      };
    },
  },
  {
    id: "avito-send-body-required",
    file: "avito-messenger.json",
    reason:
      'sendMessageRequestBody.required is ["url"], a copy-paste from the webhook body (avito.md, postSendMessage); the body\'s own fields are message.text and type "text".',
    apply: (doc) => {
      const body = doc.components.schemas.sendMessageRequestBody;
      body.required = ["message", "type"];
      body.properties.message.required = ["text"];
    },
  },
  {
    id: "avito-csv-query-arrays",
    file: "avito-messenger.json",
    reason:
      'chat_types and item_ids are arrays with the default (exploded) style, yet the spec\'s own example is "u2i,u2u" and avito.md records item_ids as "int64[] csv": Avito takes them comma-separated, so they are declared `explode: false` (still checked item by item).',
    apply: (doc) => {
      for (const name of ["chatTypes", "itemIds"])
        if (doc.components.parameters[name]) doc.components.parameters[name].explode = false;
    },
  },
  {
    id: "avito-token-one-path",
    file: "avito-auth.json",
    reason:
      "The spec lists its three grant types as three paths `/token`, `/token\\u200e`, `/token\\u200e\\u200e` (invisible marks, so they fit one OpenAPI map); the real endpoint is one POST /token. Merged: the body is any of the three request schemas, the answer any of the three answers.",
    apply: (doc) => {
      const variants = Object.keys(doc.paths).filter((p) => p.replace(/\u200e/g, "") === "/token");
      const ops = variants.map((p) => doc.paths[p].post);
      const body = (op: Doc) => op.requestBody.content["application/x-www-form-urlencoded"].schema;
      const answer = (op: Doc) => op.responses["200"].content["application/json"].schema;
      const merged = structuredClone(ops[0]);
      merged.operationId = "getAccessToken";
      merged.requestBody.content["application/x-www-form-urlencoded"].schema = { anyOf: ops.map(body) };
      merged.responses["200"].content["application/json"] = {
        schema: { anyOf: ops.map(answer) },
        example: ops[0].responses["200"].content["application/json"].example,
      };
      for (const p of variants) delete doc.paths[p];
      doc.paths["/token"] = { post: merged };
    },
  },
  {
    id: "avito-token-answer-required",
    file: "avito-auth.json",
    reason:
      "The token answers mark nothing required, so an answer without a token would be valid. OAuth 2.0 (RFC 6749 §5.1), which this endpoint implements, makes access_token and token_type REQUIRED (expires_in only RECOMMENDED, so it stays optional).",
    apply: (doc) => {
      for (const alt of doc.paths["/token"].post.responses["200"].content["application/json"].schema.anyOf)
        alt.required = ["access_token", "token_type"];
    },
  },
  {
    id: "avito-user-self",
    file: "override:avito-user",
    reason:
      "GET /core/v1/accounts/self belongs to Avito's User API, which is not among the saved specs. UNVERIFIED shape: only `id` (the profile number, integer) is required, `name` optional; the connector calls it in testConnection and when no profile id was given.",
    apply: () => ({
      openapi: "3.0.3",
      info: { title: "Avito user API (not saved; see overrides.ts)", version: "override" },
      components: { securitySchemes: { Bearer: { type: "http", scheme: "bearer" } } },
      security: [{ Bearer: [] }],
      paths: {
        "/core/v1/accounts/self": {
          get: {
            operationId: "getUserInfoSelf",
            responses: {
              "200": {
                description: "OK",
                ...json({
                  type: "object",
                  required: ["id"],
                  properties: {
                    id: { type: "integer", minimum: 1 },
                    name: { type: "string" },
                    email: { type: "string" },
                  },
                }),
              },
            },
          },
        },
      },
    }),
  },
  {
    id: "amazon-access-token-header",
    file: "amazon-sp-api-messaging-v1.json",
    reason:
      "The Messaging model declares no security, yet every call needs the LWA token in `x-amz-access-token` (amazon-sp-api-messaging.md, from Amazon's official auth clients).",
    apply: (doc) => {
      doc.components ??= {};
      doc.components.securitySchemes = { LwaAccessToken: { type: "apiKey", in: "header", name: "x-amz-access-token" } };
      doc.security = [{ LwaAccessToken: [] }];
    },
  },
  {
    id: "amazon-lwa-token",
    file: "override:amazon-lwa",
    reason:
      "Login with Amazon's token endpoint (POST /auth/o2/token) is outside the SP-API model; its form and answer are written down in amazon-sp-api-messaging.md from Amazon's official auth clients.",
    apply: () => ({
      openapi: "3.0.3",
      info: { title: "Login with Amazon token (amazon-sp-api-messaging.md)", version: "override" },
      paths: {
        "/auth/o2/token": {
          post: {
            operationId: "lwaToken",
            requestBody: {
              required: true,
              content: {
                "application/x-www-form-urlencoded": {
                  schema: {
                    type: "object",
                    required: ["grant_type", "refresh_token", "client_id", "client_secret"],
                    properties: {
                      grant_type: { type: "string", enum: ["refresh_token"] },
                      refresh_token: { type: "string" },
                      client_id: { type: "string" },
                      client_secret: { type: "string" },
                    },
                  },
                },
              },
            },
            responses: {
              "200": {
                description: "OK",
                ...json({
                  type: "object",
                  required: ["access_token", "expires_in"],
                  properties: {
                    access_token: { type: "string", minLength: 1 },
                    expires_in: { type: "integer", minimum: 1 },
                    refresh_token: { type: "string" },
                    token_type: { type: "string" },
                  },
                }),
              },
            },
          },
        },
      },
    }),
  },
  {
    id: "ozon-subset-not-openapi",
    file: "override:ozon",
    reason:
      "ozon-seller-api-chat-subset.json keeps Ozon's examples and field notes but no schemas (the full swagger.json was too big to save): the OpenAPI document is built from it in ozon-openapi.ts, rule by rule.",
    apply: () => buildOzonOpenApi(),
  },
];
