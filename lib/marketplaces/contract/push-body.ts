import { generateSample } from "@/lib/marketplaces/contract/generate-sample";
import { schemaErrors, type PushCase } from "@/lib/marketplaces/contract/push-cases";

export type PushMode = { kind: "static" } | { kind: "random"; seed: number };

export const pushModeName = (mode: PushMode) => (mode.kind === "static" ? "static" : `seed ${mode.seed}`);

/**
 * The body to push: the spec's verbatim example (static) or, where the spec only documents fields, its
 * per-field examples; in random mode a seeded schema-valid body. Either way it is checked against the schema
 * first, so a failure is always the receiver's.
 */
export function pushBody(c: PushCase, mode: PushMode): string {
  if (mode.kind === "static") {
    const body = c.example ?? generateSample({ schema: c.schema, seed: 0, fromExamples: true });
    const errors = schemaErrors(c.schema, body);
    if (errors.length)
      throw new Error(
        `contract: the spec's own example for ${c.marketplace} ${c.type} breaks its schema: ${errors.join("; ")}`,
      );
    return JSON.stringify(body);
  }
  let last: string[] = [];
  for (let attempt = 0; attempt < 12; attempt++) {
    const body = generateSample({ schema: c.schema, seed: mode.seed * 7919 + attempt });
    last = schemaErrors(c.schema, body);
    if (!last.length) return JSON.stringify(body);
  }
  throw new Error(
    `contract harness: no schema-valid ${c.marketplace} ${c.type} body for seed ${mode.seed}: ${last.join("; ")}`,
  );
}
