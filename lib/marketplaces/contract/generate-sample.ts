import { JSONSchemaFaker, type Schema } from "json-schema-faker";
import { createSeededRandom } from "../simulator/random";

// Seeded, schema-valid answers for the randomized contract mode (json-schema-faker). The same seed gives the
// same answers, so a failure names the seed that reproduces it. What it varies on purpose:
// optional fields present or missing (each one on its own, one time in four), `nullable` fields null, arrays of any length and order, extra
// properties where the schema allows them, date-times in every shape RFC 3339 allows (offsets, fractions),
// free strings (including in fields merely named like dates) as arbitrary text.

let rng: () => number = createSeededRandom(1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function dateTime(): string {
  const date = `${int(2015, 2030)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const time = `${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}`;
  const fraction = pick(["", `.${pad(int(0, 999), 3)}`, `.${pad(int(0, 999999), 6)}`]);
  const offset = pick(["Z", "+03:00", "-05:30", "+00:00", "+14:00"]);
  return `${date}T${time}${fraction}${offset}`;
}

const digits = () => String(int(1, 9)) + Array.from({ length: int(0, 19) }, () => int(0, 9)).join("");

JSONSchemaFaker.format("date-time", dateTime);
JSONSchemaFaker.format("date", () => `${int(2015, 2030)}-${pad(int(1, 12))}-${pad(int(1, 28))}`);
// Vendor formats for ids kept in strings: digits (int64/uint64 as the vendors document them).
for (const name of ["int64", "uint64", "int32"]) JSONSchemaFaker.format(name, digits);
JSONSchemaFaker.format("byte", () => Buffer.from(digits()).toString("base64"));
JSONSchemaFaker.format("binary", () => digits());

/** OpenAPI 3.0 `nullable` is not JSON Schema: spell it as a type union so null answers get generated too. */
function withNulls(schema: unknown, keepExamples: boolean, seen = new WeakMap<object, unknown>()): unknown {
  if (!schema || typeof schema !== "object") return schema;
  if (seen.has(schema)) return seen.get(schema);
  if (Array.isArray(schema)) {
    const out: unknown[] = [];
    seen.set(schema, out);
    for (const item of schema) out.push(withNulls(item, keepExamples, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(schema, out);
  for (const [key, value] of Object.entries(schema)) {
    // `example` / `examples` are documentation; x-* are vendor notes.
    if ((!keepExamples && (key === "example" || key === "examples")) || key.startsWith("x-")) continue;
    out[key] = withNulls(value, keepExamples, seen);
  }
  // Integer formats bound the range (ajv checks them); json-schema-faker ignores them, so bound it here.
  if ((out.type === "number" || out.type === "integer") && (out.format === "int32" || out.format === "int64")) {
    out.type = "integer";
    out.minimum ??= out.format === "int32" ? -(2 ** 31) : Number.MIN_SAFE_INTEGER;
    out.maximum ??= out.format === "int32" ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
  }
  if (out.nullable === true && !keepExamples) {
    delete out.nullable;
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (!out.type) return { anyOf: [out, { type: "null" }] };
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  allOf?: SchemaNode[];
};

/** Own properties and required names of an object schema, allOf parts included. */
function objectShape(schema: SchemaNode): { properties: Record<string, SchemaNode>; required: Set<string> } {
  const properties: Record<string, SchemaNode> = { ...(schema.properties ?? {}) };
  const required = new Set(schema.required ?? []);
  for (const part of schema.allOf ?? []) {
    const inner = objectShape(part);
    Object.assign(properties, inner.properties);
    for (const name of inner.required) required.add(name);
  }
  return { properties, required };
}

/**
 * json-schema-faker either fills every optional property or drops most of them together; this drops each
 * optional property on its own (one time in four), record by record, so one element of a list may lack a
 * field its neighbours have.
 */
function dropOptionals(value: unknown, schema: SchemaNode | undefined): unknown {
  if (!schema || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => dropOptionals(item, schema.items));
  const { properties, required } = objectShape(schema);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key in properties && !required.has(key) && rng() < 0.25) continue;
    out[key] = dropOptionals(item, properties[key]);
  }
  return out;
}

/**
 * A schema-valid sample. `fromExamples`: the spec's own per-field examples wherever it gives them, every
 * optional field present (the static mode for payloads the spec documents only field by field).
 */
export function generateSample({
  schema,
  seed,
  fromExamples = false,
}: {
  schema: unknown;
  seed: number;
  fromExamples?: boolean;
}): unknown {
  rng = createSeededRandom(seed);
  JSONSchemaFaker.option({
    random: rng,
    alwaysFakeOptionals: true,
    fixedProbabilities: false,
    useExamplesValue: fromExamples,
    useDefaultValue: false,
    failOnInvalidTypes: false,
    failOnInvalidFormat: false,
    ignoreMissingRefs: true,
    maxItems: 4,
    fillProperties: !fromExamples,
    refDepthMax: 4,
  });
  const prepared = withNulls(schema, fromExamples) as SchemaNode;
  const sample = JSONSchemaFaker.generate(prepared as Schema);
  return fromExamples ? sample : dropOptionals(sample, prepared);
}
