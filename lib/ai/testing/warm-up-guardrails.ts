import { beforeAll } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";

// The first check compiles every detector's Unicode patterns, which takes seconds on a busy machine: a test
// file of the guardrails calls this at its top to pay that once, outside its tests and their timeout.
export function warmUpGuardrailsBeforeAll(): void {
  beforeAll(() => {
    checkText({ text: "Здравствуйте! Заказ 123 отправлен, пишите в чат.", marketplace: "wildberries" });
  }, 60_000);
}
