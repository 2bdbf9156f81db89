import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

const L = "\\p{L}\\p{N}";
const EMAIL_RE = new RegExp(`(?<![${L}._%+-])[${L}._%+-]+@[${L}-]+(?:\\.[${L}-]+)*\\.\\p{L}{2,}`, "giu");

// "ivan собака mail точка ru", "ivan (at) gmail (dot) com", "ivan[at]ya[.]ru".
const AT =
  "(?:\\s*[\\(\\[\\{]\\s*(?:@|at|собака|собачка)\\s*[\\)\\]\\}]\\s*|\\s+(?:собак[аеиу]|собачк[аеиу]|at|эт)\\s+|\\s+@\\s*|\\s*@\\s+)";
const DOT = "(?:\\s*[\\(\\[\\{]\\s*(?:\\.|dot|точка)\\s*[\\)\\]\\}]\\s*|\\s+(?:точка|тчк|dot)\\s+|\\s*\\.\\s*)";
const SPOKEN_TLD = "(?:ru|com|net|org|ру|ком|нет|орг|рф|ua|by|kz|io|me)";
const SPOKEN_EMAIL_RE = new RegExp(`(?<![${L}])[${L}._-]{2,}${AT}[${L}-]{2,}${DOT}${SPOKEN_TLD}(?![${L}])`, "giu");

// "пишите на почту ivan_petrov на яндексе": a login next to a mailbox word, provider named in words.
const MAILBOX_LOGIN_RE =
  /(?:почт[аеуы]|e-?mail|имейл|емейл|мейл|мыло|ящик)\S*\s+(?:\S+\s+){0,2}?([a-z0-9][a-z0-9._-]{2,})\s+(?:на\s+)?(?:яндекс\S*|yandex|gmail|гмайл\S*|гмейл\S*|мейл\S*|мэйл\S*|mail|рамблер\S*|rambler|inbox|bk|list)/giu;

// "ann90 собачка мейл ру", "петров95 собака рамблер": the provider named in words makes the top-level
// domain unnecessary, so a login and an "at" before a mail provider's name are an address already.
const PROVIDER =
  "(?:яндекс\\p{L}*|yandex|gmail|g-mail|гмайл\\p{L}*|гмейл\\p{L}*|джимейл\\p{L}*|мейл\\p{L}*|мэйл\\p{L}*|майл\\p{L}*|mail|рамблер\\p{L}*|rambler|inbox|инбокс\\p{L}*|outlook|hotmail|icloud|yahoo|bk|бк|list|лист)";
// A bare English "at" only before a provider no sentence has otherwise: "arrive at mail room" is not an address.
const WORD_AT =
  "(?:\\s*[\\(\\[\\{]\\s*(?:@|at|собака|собачка)\\s*[\\)\\]\\}]\\s*|\\s+(?:собак[аеиу]|собачк[аеиу])\\s+|\\s+@\\s*|\\s*@\\s+)";
const PROVIDER_EMAIL_RE = new RegExp(
  `(?<![${L}])[${L}._-]{2,}(?:${WORD_AT}${PROVIDER}|\\s+at\\s+(?:gmail|yahoo|hotmail|outlook|icloud|yandex|rambler))(?![${L}])`,
  "giu",
);

export const detectEmails: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const re of [EMAIL_RE, SPOKEN_EMAIL_RE, PROVIDER_EMAIL_RE, MAILBOX_LOGIN_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      findings.push(makeFinding({ kind: "email", severity: "block", text, start, end }));
    }
  }
  return findings;
};
