import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import { CYRILLIC_SPELLED_TLDS, CYRILLIC_TLDS, LATIN_TLDS } from "@/lib/ai/guardrails/tlds";
import type { Finding } from "@/lib/ai/types";
import { descriptorOf } from "@/lib/marketplaces/registry";

// How TLDs are spelled out to dodge filters: "shop точка ру", "shop dot com".
const SPOKEN_TLDS = [...LATIN_TLDS, ...Object.keys(CYRILLIC_SPELLED_TLDS), "рф", "про", "онлайн"];

const L = "\\p{L}\\p{N}";
const URL_RE = new RegExp(`(?<![${L}])(?:https?:\\/\\/|www\\.)[^\\s<>"«»]+`, "giu");
const BARE_DOMAIN_RE = new RegExp(
  `(?<![${L}@._%+-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${LATIN_TLDS.join("|")})(?![${L}_-])(?:\\/[^\\s]*)?`,
  "giu",
);
const CYRILLIC_DOMAIN_RE = new RegExp(
  `(?<![${L}@.])[а-яё0-9-]{2,}\\.(?:${CYRILLIC_TLDS.join("|")})(?![${L}])(?:\\/[^\\s]*)?`,
  "giu",
);
const SPOKEN_DOT = "(?:\\s*[\\(\\[\\{]\\s*(?:\\.|точка|dot|тчк)\\s*[\\)\\]\\}]\\s*|\\s+(?:точка|тчк|dot)\\s+)";
const SPOKEN_DOMAIN_RE = new RegExp(
  `(?<![${L}])[${L}_-]{2,}${SPOKEN_DOT}(?:${SPOKEN_TLDS.join("|")})(?![${L}])`,
  "giu",
);
// "shop . ru", "shop. com": only Latin on both sides, a Russian sentence break is ". Про размер".
const SPACED_DOMAIN_RE = new RegExp(
  `(?<![${L}])[a-z0-9_-]{2,}(?:\\s+\\.\\s*|\\s*\\.\\s+)(?:${LATIN_TLDS.join("|")})(?![${L}])`,
  "giu",
);
// Pointers to an outside shop without a URL: "на нашем сайте", "ищите нас в поиске Яндекса".
const SITE_HINT_RE =
  /(?:на\s+наш(?:ем|ем\s+официальном)?\s+сайте|в\s+нашем\s+интернет[-\s]?магазине|наш\s+сайт|ищите\s+нас|найдите\s+нас|по\s+ссылке|ссылк[аеуи]\s+в\s+профиле)/giu;

const OWN_SITE_RE =
  /(?<![\p{L}])(?:на\s+наш(?:ем|ем\s+официальном)?\s+сайте|наш\s+(?:официальный\s+)?сайт|сайт\s+наш(?:его|ей)\s+(?:магазина|компании|фабрики)|в\s+нашем\s+интернет[-\s]?магазине|(?:on|at|from)\s+our\s+(?:own\s+|official\s+)?(?:web)?site|our\s+(?:own\s+)?(?:web\s?)?site\s*:)/giu;

function hostOf(link: string): string {
  return (
    link
      .replace(/^https?:\/\//i, "")
      .replace(/^www\./i, "")
      .split(/[/?#:]/)[0]
      ?.toLowerCase() ?? ""
  );
}

export const detectLinks: Detector = ({ text, marketplace }) => {
  const { guardrails } = descriptorOf({ marketplace: marketplace });
  const findings: Finding[] = [];
  const add = (start: number, end: number, own: boolean) => {
    // A link to the marketplace itself is only risky, unless the marketplace forbids links of any kind.
    const severity = own && guardrails.ownLinksAllowed ? "flag" : "block";
    findings.push(makeFinding({ kind: "link", severity, text, start, end }));
  };
  for (const re of [URL_RE, BARE_DOMAIN_RE, CYRILLIC_DOMAIN_RE]) {
    for (const { start, end: rawEnd } of matchAll(re, text)) {
      // Sentence punctuation after a link is not part of it.
      let end = rawEnd;
      while (end > start && /[.,;:!?)»"']/.test(text[end - 1] ?? "")) end--;
      add(start, end, guardrails.ownDomain.test(hostOf(text.slice(start, end))));
    }
  }
  for (const re of [SPOKEN_DOMAIN_RE, SPACED_DOMAIN_RE]) {
    for (const { start, end } of matchAll(re, text)) add(start, end, false);
  }
  for (const { start, end } of matchAll(SITE_HINT_RE, text)) {
    findings.push(makeFinding({ kind: "link", severity: "flag", text, start, end }));
  }
  // A shop's own website named to a buyer can only send them off the marketplace.
  for (const { start, end } of matchAll(OWN_SITE_RE, text)) {
    findings.push(makeFinding({ kind: "link", severity: "block", text, start, end }));
  }
  if (guardrails.htmlForbidden) {
    for (const { start, end } of matchAll(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, text)) {
      findings.push(makeFinding({ kind: "html", severity: "block", text, start, end }));
    }
  }
  return findings;
};
