/**
 * The text cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair (an
 * emoji): half of one is a lone surrogate, which the database refuses to store.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
