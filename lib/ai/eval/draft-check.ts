import { classifyMessage } from "@/lib/ai/classify-message";
import { checkText } from "@/lib/ai/guardrails/check-text";
import type { DraftContext } from "@/lib/ai/types";

// Written rules every draft must keep, checked by `npm run eval:ai` over every message of the sets
// and by the unit tests:
// 1. no internal code: a marketplace status or enum spelled in capitals or snake_case ("OPENED",
//    "awaiting_deliver"), "undefined", "null", "NaN", "[object Object]", template braces;
// 2. no internal id: a UUID, a long hex hash, a cuid, or any long run mixing letters and digits;
// 3. no guardrail violation (contacts, links, rewards for reviews ...);
// 4. no second answer to a question already answered: when the buyer's latest message only
//    acknowledges the seller's, the draft is a short closing that neither thanks for a question nor
//    promises to look into anything.
export type DraftViolation = "code" | "id" | "guardrails" | "reanswer";

const CODE_RE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{2,}_[A-Z_]+|[a-z]+_[a-z_]+|undefined|null|NaN|\[object \w+\]|\{\{|\}\})(?![\p{L}\p{N}])/u;
// Capital-letter words of five or more Latin letters in a Russian reply are codes, not words.
const CAPS_IN_RUSSIAN_RE = /(?<![\p{L}\p{N}])[A-Z]{5,}(?![\p{L}\p{N}])/u;
const ID_RES = [
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  /(?<![\p{L}\p{N}])[0-9a-f]{16,}(?![\p{L}\p{N}])/iu,
  /(?<![\p{L}\p{N}])c[a-z0-9]{24}(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{14,}(?![\p{L}\p{N}])/u,
];
const REANSWER_RE = /за\s+(?:ваш\s+)?вопрос|провер|уточн|разбер|for your question|we are checking|look into/iu;
const CLOSING_MAX_CHARS = 240;

export function checkDraft({ draft, context }: { draft: string; context: DraftContext }): DraftViolation[] {
  const violations: DraftViolation[] = [];
  const russian = /[а-яё]/iu.test(draft);
  if (CODE_RE.test(draft) || (russian && CAPS_IN_RUSSIAN_RE.test(draft))) violations.push("code");
  if (ID_RES.some((re) => re.test(draft))) violations.push("id");
  if (
    !checkText({ text: draft, marketplace: context.marketplace, messageType: context.messageType ?? context.kind }).ok
  )
    violations.push("guardrails");
  const latest = [...context.messages].reverse().find((m) => m.author === "buyer");
  const answered = context.messages.some((m) => m.author === "seller");
  if (context.kind === "chat" && latest && answered && classifyMessage({ text: latest.text }).intent === "no_reply") {
    if (REANSWER_RE.test(draft) || draft.length > CLOSING_MAX_CHARS) violations.push("reanswer");
  }
  return violations;
}
