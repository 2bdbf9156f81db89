import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Asking for a specific score ("поставьте 5 звёзд", "исправьте оценку на пятёрку") or paying for a
// review breaks every marketplace's review rules. Thanking for a good score ("спасибо за 5 звёзд")
// is fine, hence the verbs.
const SCORE =
  "(?:5|пять|(?:хорош|нормальн|положительн)(?:ий|ую|ее|ие|ой|ый)\\s+(?:отзыв|оценк)\\p{L}*|пят[её]р(?:оч)?к\\p{L}*|5-?(?:к[уаи]|ку)|5\\s?\\*|⭐+|★+|звезд\\p{L}*|зв[её]зд\\p{L}*|максимальн\\p{L}*|высш\\p{L}*|five|5-star)";
// Imperatives and infinitives only: "в поставке будет 5 пар" is not a request.
const ASK =
  "(?:поставь(?:те)?|поставит[еь]|измените|изменить|исправьте|исправить|поменяйте|поменять|повысьте|повысить|поднимите|поднять|оцените|оценить|обновите|обновить|оставьте|оставь|поправьте|подправьте|поставь|ставьте|ставь|исправь|поменяй|rate|change|update|leave|give)";
const ASK_SCORE_RE = new RegExp(`(?<![\\p{L}])${ASK}[\\s,]+(?:[^\\s,]+[\\s,]+){0,4}?${SCORE}`, "giu");
// The score first: "пятёрочку поставьте", "5 звёзд поставите?".
const NAMED_SCORE =
  "(?:пят[её]р(?:оч)?к\\p{L}*|5-?(?:к[уаи]|ку)|5\\s*(?:⭐|★|\\*|зв[её]зд\\p{L}*|звезд\\p{L}*)|пять\\s+зв[её]зд\\p{L}*|⭐+|★+|(?:высш|максимальн)\\p{L}*\\s+оценк\\p{L}*|five\\s+stars?|5\\s+stars?)";
const SCORE_ASK_RE = new RegExp(
  `${NAMED_SCORE}[\\s,]+(?:[^\\s,.!?]+[\\s,]+){0,2}?(?:постав(?:ьте|ите|ь|ишь|ить)|ставь(?:те)?|оставьте|дайте|give|leave)(?![\\p{L}])`,
  "giu",
);
const REWARD_RE =
  /(?:кешб[эе]к\p{L}*|кэшб[эе]к\p{L}*|cashback|компенсац\p{L}*|бонус\p{L}*|подар\p{L}*|верн[её]м\s+\S+|заплатим|доплатим|скидк\p{L}*)\s+(?:\S+\s+){0,2}?за\s+(?:\S+\s+)?(?:отзыв\p{L}*|оценк\p{L}*|review)|за\s+(?:положительн\p{L}*\s+|хорош\p{L}*\s+)?отзыв\p{L}*\s+(?:\S+\s+){0,4}?(?:верн[её]м|заплатим|подарим|дадим|начислим|компенсируем)/giu;

// Stars to be given back or added: "верните пятёрку", "добавьте звёзд в оценку". No bare "5" here: "добавьте 5 шт".
const STARS_BACK_RE = new RegExp(
  `(?<![\\p{L}])(?:верните|верни|вернуть|добавьте|добавь|добавить|прибавьте|накиньте|накинуть)\\s+(?:\\S+\\s+){0,3}?(?:${NAMED_SCORE}|звезд\\p{L}*|зв[её]зд\\p{L}*|оценк\\p{L}*)`,
  "giu",
);

export const detectRatingRequests: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const re of [ASK_SCORE_RE, SCORE_ASK_RE, STARS_BACK_RE, REWARD_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      findings.push(makeFinding({ kind: "rating_request", severity: "block", text, start, end }));
    }
  }
  return findings;
};
