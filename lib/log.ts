// Structured, scoped logs. Callers pass ids and counts, never secrets or message text.
type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", scope: string, msg: string, fields?: Fields) {
  const line = JSON.stringify({ t: new Date().toISOString(), level, scope, msg, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export function logger(scope: string) {
  return {
    info: (msg: string, fields?: Fields) => write("info", scope, msg, fields),
    warn: (msg: string, fields?: Fields) => write("warn", scope, msg, fields),
    error: (msg: string, fields?: Fields) => write("error", scope, msg, fields),
  };
}
