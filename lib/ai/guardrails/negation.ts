import { makeFinding } from "@/lib/ai/guardrails/finding";
import type { Finding, FindingKind } from "@/lib/ai/types";

// Saying what the shop does not do is not doing it: «вотсапа у магазина нет, пишите сюда», «переводы на
// карту мы не принимаем», "we never offer refunds for reviews", «мошенники пишут в вотсап от нашего имени».
// A blocking finding whose clause states an absence, a refusal or a warning becomes a flag: the operator
// still sees it, the send is not stopped. Contact data itself is never excused: a phone number, an
// e-mail, a link, a card number or a handle with digits or an underscore blocks after «у нас нет вотсапа»
// as anywhere else.

const EXCUSABLE: ReadonlySet<FindingKind> = new Set([
  "messenger",
  "handle",
  "contact_request",
  "off_platform",
  "payment",
  "review_reward",
  "rating_request",
  "review_pressure",
]);

// Data that no wording excuses: a run of digits, an @, an underscore or a dot inside a name.
const DATA_RE = /\d{5,}|[@_]|\p{L}\.\p{L}/u;

// A clause ends at a sentence stop, a comma, a semicolon or a dash; a sentence only at a stop.
const CLAUSE_STOPS = /[.!?;\n,—–]/u;
const SENTENCE_STOPS = /[.!?\n]/u;

function spanAround(text: string, at: number, stops: RegExp): string {
  let from = at;
  while (from > 0 && !stops.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !stops.test(text[to]!)) to++;
  return text.slice(from, to);
}

// A refusal or a policy in the clause itself: «мы не просим», «не принимаем», «никогда не переводите»,
// "we don't have", "never offer", "can't share". Only verbs that say what the shop refuses or warns
// against: «не стесняйтесь», "don't forget" or «не удалите» do not excuse anything.
const REFUSAL_RE =
  /(?<![\p{L}])(?:не|никогда\s+не|ни\s+в\s+коем\s+случае\s+не)\s+(?:просим|предлагаем|принимаем|да[её]м|делаем|используем|вед[её]м|работаем|переводим|практикуем|пользуемся|сообщаем|переда[её]м|разда[её]м|публикуем|отправляем|прода[её]м|имеем|заводили|оплачиваем|бер[её]м|требуем|запрашиваем|спрашиваем|обещаем|звоним|пишем|продаю|принимаю|беру|пишу|звоню|отправляю|даю|делаю|использую|веду|работаю|сообщайте|отправляйте|переводите|переходите|передавайте|оставляйте|указывайте|платите|оплачивайте|звоните|пишите\s+(?:нам\s+)?(?:в|на))(?![\p{L}])|(?<![\p{L}])(?:писать|переходить|звонить|связываться|добавляться)\s+(?:\S+\s+){0,2}?не\s+(?:нужно|надо|требуется)|(?<![\p{L}])не\s+(?:нужно|надо)\s+(?:никуда\s+)?(?:писать|переходить|звонить|связываться|добавляться)|(?<![\p{L}])(?:don't|do\s+not|doesn't|does\s+not|never|no\s+longer|can't|cannot|won't|will\s+not)\s+(?:ever\s+)?(?:have|use|offer|ask|accept|share|do|give|pay|send|sell|request|require|provide|contact|communicate|promise|reward)(?![\p{L}])/iu;

// A warning or a rule stated anywhere in the sentence.
const WARNING_RE =
  /(?<![\p{L}])(?:мошенник\p{L}*|запрещ\p{L}*|нельзя|не\s+допускается|против\s+правил|beware|scam\p{L}*|fraud\p{L}*|not\s+allowed|prohibited|forbidden|against\s+(?:the\s+|our\s+|amazon's\s+)?(?:rules|policy|policies)|от\s+(?:нашего\s+имени|имени\s+(?:магазина|продавца|бренда))|это\s+не\s+мы|on\s+our\s+behalf|impersonat\p{L}*|(?:isn't|is\s+not)\s+us)(?![\p{L}])/iu;

// An absence next to the name: «вотсапа у магазина нет», «телеграм-канала у нас пока нет», «в вайбере нас
// нет», «нет у нас телеграма», "we have no WhatsApp", "no Telegram". Only filler words between.
const FILLER =
  "(?:у|нас|для|связи|общения|меня|нашего|моего|нашей|официального|магазина|продавца|компании|бренда|пока|к|сожалению|тоже|также|и|или|ни|ещ[её]|вообще|своего|отдельного|никакого|никаких)";
const ABSENCE_AFTER_RE = new RegExp(`^(?:-\\p{L}+)?(?:\\s+${FILLER})*\\s+нету?(?![\\p{L}])`, "iu");
const ABSENCE_BEFORE_RE = new RegExp(
  `(?:(?<![\\p{L}])нету?(?:\\s+${FILLER})*|(?<![\\p{L}])нас\\s+нет\\s+(?:ни\\s+)?(?:в|во|на)|(?<![\\p{L}])(?:have|has)\\s+no|(?<![\\p{L}])no|(?<![\\p{L}])not(?:\\s+on)?)\\s+(?:\\p{L}+,?\\s+(?:or|and|nor|или|и|ни)\\s+|\\p{L}+\\s+)?$`,
  "iu",
);

// A condition turns a refusal into a threat: «не вернём деньги, пока не удалите отзыв», "we won't give a
// refund until you change your review".
const CONDITION_RE =
  /(?<![\p{L}])(?:пока\s+(?:не|вы|ваш\p{L}*|отзыв\p{L}*|оценк\p{L}*)|если|до\s+тех\s+пор|только\s+после|until|unless|till|as\s+long\s+as|only\s+(?:after|if|once|when))(?![\p{L}])/iu;

function excused(text: string, finding: Finding): boolean {
  if (!EXCUSABLE.has(finding.kind) || DATA_RE.test(finding.match)) return false;
  const sentence = spanAround(text, finding.start, SENTENCE_STOPS);
  // «Оскорбления в отзывах запрещены, удалите отзыв»: a rule quoted to press the buyer excuses nothing.
  if (finding.kind !== "review_pressure" && WARNING_RE.test(sentence)) return true;
  if (CONDITION_RE.test(sentence)) return false;
  if (REFUSAL_RE.test(spanAround(text, finding.start, CLAUSE_STOPS))) return true;
  // The name itself: the first word of the finding.
  const nameEnd = finding.start + (/^[\p{L}\p{N}-]+/u.exec(finding.match)?.[0].length ?? finding.match.length);
  return (
    ABSENCE_AFTER_RE.test(text.slice(nameEnd, nameEnd + 60)) ||
    ABSENCE_BEFORE_RE.test(text.slice(Math.max(0, finding.start - 40), finding.start))
  );
}

/** Blocking findings in a negated clause, turned into flags. */
export function excuseNegated(text: string, findings: Finding[]): Finding[] {
  return findings.map((f) =>
    f.severity === "block" && excused(text, f)
      ? makeFinding({ kind: f.kind, severity: "flag", text, start: f.start, end: f.end })
      : f,
  );
}
