const SECRET_KEY_PATTERN = /(api[_-]?id|api[_-]?key|token|secret|password|authorization)/i;
const REDACTED = "[redacted]";
const MAX_STRING = 2_000;
const MAX_DEPTH = 8;
const MAX_ENTRIES = 100;

/**
 * Makes a provider response safe to store and show: secret values are replaced wherever they
 * appear (providers sometimes echo the request), secret-looking keys are blanked, and size is
 * capped so a misbehaving provider cannot bloat the request log.
 */
export function sanitizeProviderResponse({
  value,
  secrets,
}: {
  value: unknown;
  secrets: readonly (string | undefined)[];
}): unknown {
  const realSecrets = secrets.filter((secret): secret is string => typeof secret === "string" && secret.length >= 4);
  return sanitizeValue(value, realSecrets, 0);
}

function sanitizeValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === "string") return sanitizeString(value, secrets);
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (depth >= MAX_DEPTH) return "[truncated]";
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ENTRIES).map((item) => sanitizeValue(item, secrets, depth + 1));
  }
  if (typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value).slice(0, MAX_ENTRIES)) {
      result[key] = SECRET_KEY_PATTERN.test(key) ? REDACTED : sanitizeValue(item, secrets, depth + 1);
    }
    return result;
  }
  return undefined;
}

function sanitizeString(value: string, secrets: readonly string[]): string {
  let result = value;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  return result.length > MAX_STRING ? `${result.slice(0, MAX_STRING)}…` : result;
}
