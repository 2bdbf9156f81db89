import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

const KEYWORD_RE =
  /(?<![\p{L}])(?:промо[-\s]?код\p{L}*|promo\s?code|купон\p{L}*|coupon|код\p{L}*\s+(?:на\s+скидку|скидки)|скидочн\p{L}*\s+код\p{L}*|введите\s+код\p{L}*|используйте\s+код\p{L}*|примените\s+код\p{L}*)/giu;
const TOKEN_RE = /[\p{L}\p{N}_-]+/gu;
// How far after the keyword the code may stand: "промокод на скидку 10%: SALE10".
const LOOKAHEAD_TOKENS = 4;

// Code-like: letters with a digit ("SALE20", "vesna15") or capitals ("ЛЕТО"). "промокод
// маркетплейса" is neither, and neither is a parcel locker's numeric pickup code.
function looksLikeCode(token: string): boolean {
  if (token.length < 4 || !/\p{L}/u.test(token)) return false;
  return /\d/.test(token) || (token === token.toUpperCase() && /\p{L}{3,}/u.test(token));
}

export const detectPromoCodes: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const { start, end } of matchAll(KEYWORD_RE, text)) {
    const rest = text.slice(end, end + 60);
    let codeEnd: number | undefined;
    let seen = 0;
    for (const m of rest.matchAll(TOKEN_RE)) {
      if (++seen > LOOKAHEAD_TOKENS) break;
      if (looksLikeCode(m[0])) {
        codeEnd = end + m.index + m[0].length;
        break;
      }
    }
    findings.push(
      codeEnd === undefined
        ? makeFinding({ kind: "promo_code", severity: "flag", text, start, end })
        : makeFinding({ kind: "promo_code", severity: "block", text, start, end: codeEnd }),
    );
  }
  return findings;
};
