type Mentionable = { id: string; name: string | null; email: string };

// A mention ends where a word would: not followed by a letter, digit or underscore.
const WORD = /[\p{L}\p{N}_]/u;

/**
 * The members a note mentions: "@" then a member's name (as the mention menu inserts it) or the part of
 * their email before "@", in any letter case. The longest match wins, so "@Анна Петрова" is not "@Анна".
 */
export function findMentions({ text, members }: { text: string; members: Mentionable[] }): string[] {
  const lower = text.toLocaleLowerCase("ru");
  const handles = members
    .flatMap((m) =>
      [m.name?.trim(), m.email.split("@")[0]]
        .filter((h): h is string => Boolean(h))
        .map((h) => ({ id: m.id, handle: h.toLocaleLowerCase("ru") })),
    )
    .sort((a, b) => b.handle.length - a.handle.length);
  const found = new Set<string>();
  for (let at = lower.indexOf("@"); at >= 0; at = lower.indexOf("@", at + 1)) {
    // "name@example.com" is an address, not a mention.
    if (at > 0 && WORD.test(lower[at - 1]!)) continue;
    const rest = lower.slice(at + 1);
    const hit = handles.find((h) => rest.startsWith(h.handle) && !WORD.test(rest[h.handle.length] ?? ""));
    if (hit) found.add(hit.id);
  }
  return [...found];
}
