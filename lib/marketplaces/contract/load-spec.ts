import addFormats from "ajv-formats";
import OpenAPIBackend, { type Document } from "openapi-backend";
import converter from "swagger2openapi";

import { SPEC_OVERRIDES, type SpecFile } from "@/lib/marketplaces/contract/overrides";
import { readSpecFile } from "@/lib/marketplaces/contract/read-spec-file";

// The official spec files (verbatim copies of ../shared/marketplace-apis in ./specs), turned into ready
// openapi-backend instances: Swagger 2.0 converted, the reviewed overrides applied, operation ids added
// where the vendor left them out. Nothing else is changed.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type JsonObject = Record<string, unknown>;

/** Vendors that omit operationId (WB) get `METHOD /path`, so every operation can be named in reports. */
function nameOperations(doc: JsonObject): void {
  for (const [route, item] of Object.entries((doc.paths ?? {}) as Record<string, JsonObject>)) {
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (op && !op.operationId) op.operationId = `${method.toUpperCase()} ${route}`;
    }
  }
}

/**
 * openapi-backend validates answers only under `application/json`; Amazon answers `application/hal+json` and
 * WB's errors `application/problem+json`, JSON all the same. Their schema is made reachable under
 * `application/json` too, so those answers are validated rather than waved through.
 */
function exposeJsonVariants(doc: JsonObject): void {
  const responses: JsonObject[] = Object.values(
    ((doc.components as JsonObject | undefined)?.responses ?? {}) as Record<string, JsonObject>,
  );
  for (const item of Object.values((doc.paths ?? {}) as Record<string, JsonObject>)) {
    for (const method of METHODS)
      responses.push(
        ...Object.values(((item[method] as JsonObject | undefined)?.responses ?? {}) as Record<string, JsonObject>),
      );
  }
  for (const response of responses) {
    const content = response.content as Record<string, JsonObject> | undefined;
    if (!content || content["application/json"]) continue;
    const variant = Object.keys(content).find((type) => /^application\/[\w.-]+\+json$/.test(type));
    if (variant) content["application/json"] = content[variant]!;
  }
}

async function toOpenApi3(doc: JsonObject): Promise<JsonObject> {
  if (!doc.swagger) return doc;
  const { openapi } = await converter.convertObj(doc as never, { patch: true, warnOnly: true });
  return openapi as JsonObject;
}

/** The document after conversion and overrides (before dereferencing). */
export async function buildSpecDocument(file: SpecFile): Promise<JsonObject> {
  const base = file.startsWith("override:") ? {} : readSpecFile(file);
  let doc = await toOpenApi3(structuredClone(base));
  for (const override of SPEC_OVERRIDES.filter((o) => o.file === file)) doc = override.apply(doc) ?? doc;
  nameOperations(doc);
  exposeJsonVariants(doc);
  return doc;
}

const cache = new Map<SpecFile, Promise<OpenAPIBackend>>();

/** One initialised backend per spec file (dereferenced, request validators compiled), shared by a test file. */
export function loadSpec(file: SpecFile): Promise<OpenAPIBackend> {
  let ready = cache.get(file);
  if (!ready) {
    ready = (async () => {
      const definition = (await buildSpecDocument(file)) as unknown as Document;
      const api = new OpenAPIBackend({
        definition,
        strict: false,
        validate: true,
        // quick: no meta-validation of the vendor's document (several are not strictly valid OpenAPI) and
        // validators compiled on first use, so a test file pays only for the operations it calls.
        quick: true,
        // A path is matched as the spec writes it: Avito's `/messages/` keeps its trailing slash.
        ignoreTrailingSlashes: false,
        // Vendor formats such as int64/uint64/byte carry no extra rule for ajv; types and patterns still apply.
        ajvOpts: { strict: false, allErrors: true },
        customizeAjv: (ajv) => {
          addFormats(ajv); // date-time, date, uri, email... are checked, so generated dates are proven valid
          for (const format of [
            "int32",
            "int64",
            "uint64",
            "byte",
            "binary",
            "double",
            "float",
            "password",
            "url",
            "phone",
            "uuid",
            "Unix timestamp",
          ]) {
            if (!ajv.formats[format]) ajv.addFormat(format, true);
          }
          return ajv;
        },
      });
      await api.init();
      return api;
    })();
    cache.set(file, ready);
  }
  return ready;
}
