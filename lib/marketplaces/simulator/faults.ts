import { z } from "zod";

// Injected failures. A fault matches by route prefix ("/wb-chat"), optional path substring and method, and
// fires `times` times (then disappears). Kinds:
//   status     - answer `status` with the marketplace's own error body (`message`), optional Retry-After
//   slow       - wait `delayMs`, then answer normally (or time the client out)
//   malformed  - answer 200 with a truncated JSON body
//   moderation - answer 400 with the marketplace's rejection body carrying `message` as the reason

export const faultInputSchema = z.object({
  prefix: z.string().startsWith("/"),
  path: z.string().optional(),
  method: z.string().toUpperCase().optional(),
  kind: z.enum(["status", "slow", "malformed", "moderation"]).default("status"),
  status: z.number().int().min(100).max(599).default(500),
  message: z.string().default("Internal error"),
  retryAfterSeconds: z.number().min(0).optional(),
  delayMs: z.number().int().min(0).default(0),
  times: z.number().int().positive().default(1),
});
export type FaultInput = z.input<typeof faultInputSchema>;
export type Fault = z.infer<typeof faultInputSchema> & { id: number; remaining: number };

export function createFaultList() {
  let seq = 0;
  const faults: Fault[] = [];
  return {
    add(input: FaultInput): Fault {
      const parsed = faultInputSchema.parse(input);
      const fault = { ...parsed, id: ++seq, remaining: parsed.times };
      faults.push(fault);
      return fault;
    },
    clear() {
      faults.length = 0;
    },
    list(): Fault[] {
      return [...faults];
    },
    /** Takes the first matching fault, consuming one use. */
    take({ prefix, path, method }: { prefix: string; path: string; method: string }): Fault | null {
      const index = faults.findIndex(
        (f) => f.prefix === prefix && (!f.path || path.includes(f.path)) && (!f.method || f.method === method),
      );
      if (index < 0) return null;
      const fault = faults[index]!;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults.splice(index, 1);
      return fault;
    },
  };
}
export type FaultList = ReturnType<typeof createFaultList>;
