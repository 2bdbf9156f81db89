// Yandex Market pages by nextPageToken. The spec never says a token cannot come back (its own example answer
// repeats one), so a token already followed ends the walk instead of reading the same pages forever.

/** The token to follow next, or null when there is none or it was already followed (`seen` is updated). */
export function nextYmPageToken({
  seen,
  token,
}: {
  seen: Set<string>;
  token: string | null | undefined;
}): string | null {
  if (!token || seen.has(token)) return null;
  seen.add(token);
  return token;
}

/** The token handed back to a caller that pages itself: the one it just used means there is nothing further. */
export function returnedYmPageToken({
  used,
  token,
}: {
  used: string | null | undefined;
  token: string | null | undefined;
}): string | null {
  return token && token !== used ? token : null;
}
