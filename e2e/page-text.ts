import type { Page } from "@playwright/test";

// What a person must never read: internal codes (ours and the marketplaces'), empty values, JSON, ids
// (YCLIENTS is the brand's own spelling).
const KNOWN_CODES = [
  "OWNER",
  "OPERATOR",
  "wildberries",
  "ozon",
  "avito",
  "amazon",
  "ACTIVE",
  "ERROR",
  "CHAT",
  "QUESTION",
  "REVIEW",
  "OPEN",
  "OPENED",
  "RESOLVED",
  "CLOSED",
  "NONE",
  "ORDER",
  "RETURN",
  "PRODUCT",
  "ITEM",
  "BUYER",
  "SELLER",
  "MARKETPLACE",
  "SYSTEM",
  "PENDING",
  "SENT",
  "FAILED",
  "IIKO",
  "RKEEPER",
  "AMOCRM",
  "WHATSAPP",
  "EMAIL",
  "QUEUED",
  "DUPLICATE",
  "SKIPPED",
  "REJECTED",
  "SENDING",
  "DELIVERED",
  "PUBLISHED",
  "HIGH",
  "MEDIUM",
  "LOW",
  "MANUAL",
  "SCHEDULED",
  "CANCELLED",
  "RULE",
  "REFILL",
];
export const UNPROFESSIONAL: [string, RegExp][] = [
  ["raw code", /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/],
  ["status code", new RegExp(`\\b(?:${KNOWN_CODES.join("|")})\\b`)],
  ["empty value", /\b(?:undefined|null|NaN)\b|\[object \w+\]/],
  ["JSON", /\{\s*"|"\s*:\s*["{[]/],
  [
    "hash or id",
    /\b[0-9a-f]{16,}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\bc[a-z0-9]{24}\b/,
  ],
];

/** Russian letters: on an English screen, only inside what buyers and the workspace's people wrote. */
export const CYRILLIC: [string, RegExp][] = [
  ["Russian on an English screen", /[\u0400-\u04FF]+(?:[\s,.:«»"-]+[\u0400-\u04FF]+)*/],
];

/**
 * The interface's own words on the page: every text node and every placeholder, title, aria-label and alt,
 * leaving out what buyers and the workspace's people wrote (marked `data-user-content`) and text marked
 * as another language (the language switch names its language in that language). A marked text quoted
 * inside an interface sentence («Выбрать Анна К.») is cut out of it too.
 */
export async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const isContent = (el: Element | null) =>
      Boolean(el?.closest("[data-user-content]") || el?.closest(`[lang]:not([lang="${lang}"])`));
    const quoted = [...document.querySelectorAll(`[data-user-content], [lang]:not([lang="${lang}"])`)]
      .map((el) => el.textContent?.trim() ?? "")
      .filter((s) => s.length > 1)
      .sort((a, b) => b.length - a.length);
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template, textarea") || isContent(parent)) continue;
      if (node.textContent?.trim()) parts.push(node.textContent.trim());
    }
    for (const el of document.body.querySelectorAll("[placeholder], [title], [aria-label], [alt]")) {
      if (isContent(el)) continue;
      for (const name of ["placeholder", "title", "aria-label", "alt"]) parts.push(el.getAttribute(name) ?? "");
    }
    let text = parts.filter(Boolean).join("\n");
    for (const s of quoted) text = text.split(s).join(" ");
    return text;
  });
}

/** Each pattern's first match in `text`, with a little context, as "name: «…»". */
export function findings(text: string, patterns: [string, RegExp][]): string[] {
  return patterns.flatMap(([name, pattern]) => {
    const m = pattern.exec(text);
    return m
      ? [`${name}: «${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, " ")}»`]
      : [];
  });
}
