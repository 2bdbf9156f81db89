// Generous against the largest limit (5000): the guardrails name the exact overflow, this only stops abuse.
// Apart from the sending service so the browser's forms validate with the same schemas.
export const MAX_REPLY_INPUT_CHARS = 20_000;
