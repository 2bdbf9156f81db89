// Names of a buyer's language (a BCP 47 tag from the marketplace, e.g. "de-DE") for people: the thread
// shows it, the draft prompt names it. Intl knows every language in both UI languages; an odd tag is
// shown as it came.

/** The language's name in `locale` ("de-DE" -> "немецкий" in ru, "German" in en). */
export function languageName({ tag, locale }: { tag: string; locale: string }): string {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  try {
    return (primary && new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(primary)) || tag;
  } catch {
    return tag;
  }
}

/** True for Russian ("ru", "ru-RU"). */
export function isRussianTag({ tag }: { tag: string }): boolean {
  return /^ru(?:[-_]|$)/i.test(tag.trim());
}
