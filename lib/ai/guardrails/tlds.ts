// The top-level domains the guardrails recognise, in one place for the link detector and the canonical text.
// Deliberately no "js", "jpg", "market" etc.: "Node.js", "фото.jpg" and "Yandex.Market" appear in legitimate
// replies.

// Recognised in an address written as one ("shop.live", "site.dev"), but never used to glue spaced-out or spoken
// pieces into an address: "5 . kg", "TV", "one", "live", "page" are words of an ordinary reply as often.
const WORD_LIKE_TLDS = [
  "dev",
  "tv",
  "am",
  "ge",
  "kg",
  "fm",
  "website",
  "space",
  "tech",
  "live",
  "life",
  "page",
  "blog",
  "one",
  "world",
  "ink",
];

// An address may end with these however its pieces are spaced out or spoken.
const ADDRESS_ONLY_TLDS = [
  "ru",
  "su",
  "com",
  "net",
  "org",
  "info",
  "biz",
  "io",
  "me",
  "pro",
  "shop",
  "store",
  "online",
  "site",
  "club",
  "xyz",
  "top",
  "app",
  "co",
  "cc",
  "by",
  "kz",
  "ua",
  "uz",
  "de",
  "uk",
  "us",
  "eu",
  "link",
  "ly",
  "gl",
  "to",
  "be",
];

export const LATIN_TLDS = [...ADDRESS_ONLY_TLDS, ...WORD_LIKE_TLDS];

export const CYRILLIC_TLDS = ["рф", "рус", "онлайн", "сайт", "москва", "дети"];

/** Top-level domains that spaced-out or spoken pieces of an address may end with: "shop . ru", "shop точка рф". */
export const GLUING_TLDS = [...ADDRESS_ONLY_TLDS, "рф", "рус"];

/** Latin top-level domains spelled in Cyrillic to dodge filters ("shop.ру"), with the domain each stands for. */
export const CYRILLIC_SPELLED_TLDS: Record<string, string> = {
  ру: "ru",
  ком: "com",
  нет: "net",
  орг: "org",
  инфо: "info",
  шоп: "shop",
  су: "su",
};
