// A datetime-local input holds a wall-clock time with no zone; the routes take instants. These convert
// between the two in the browser's zone.

/** An instant as a datetime-local input's value ("2030-01-02T10:30"). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local input's value as the instant the routes take, or the text as typed when it is no time. */
export function localInstant(value: string): string {
  const at = new Date(value);
  return value && !Number.isNaN(at.getTime()) ? at.toISOString() : value;
}
