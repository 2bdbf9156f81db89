import { makeFinding, matchAll, sentenceAround, sentences, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Two things every marketplace forbids in a reply: pressing the buyer to change or remove a review
// ("удалите отзыв", "пересмотрите оценку", "please remove your review"), and any reward tied to a
// review or rating ("вернём 200 ₽, если исправите оценку", "a gift card for a 5-star review").
// Inviting the buyer to add to a review ("дополните отзыв фото", "обновите отзыв после примерки") is allowed.

const CHANGE_RU =
  "(?:удалите|удалить|уберите|убрать|уберёте|уберете|отредактируйте|отредактировать|откорректируйте|подправьте|поправьте|(?:удалили|убрали|изменили|исправили|поменяли|пересмотрели)\\s+бы|измените|изменить|исправьте|исправить|исправите|перепишите|переписать|перепишете|пересмотрите|пересмотреть|поменяйте|поменять|поменяете|смените|сменить|снимите|снять|отзовите|отозвать|скорректируйте|повысьте|повысить|повысите|поднимите|поднять|поправить|подправить|подкорректируйте|подкорректировать|скорректировать|переоцените|переоценить|удали|убери|измени|исправь|перепиши|поменяй|поправь|подправь|отредактируй|смени|отзови|повысь|подними|смягчите|смягчить|скройте|скрыть|спрячьте|замените|заменить|удалишь|уберешь|уберёшь)";
const CHANGE_EN =
  "(?:remov\\w*|delet\\w*|chang\\w*|edit\\w*|revis\\w*|reconsider\\w*|updat\\w*|modif\\w*|amend\\w*|take\\s+down|taking\\s+down|retract\\w*|withdraw\\w*|rais\\w*|improv\\w*|bump\\w*(?:\\s+up)?|replac\\w*|hid\\w*|soften\\w*|tone\\s+down)";
const PRESSURE_RU_RE = new RegExp(
  `(?<![\\p{L}])${CHANGE_RU}[\\s,]+(?:[^\\s.!?]+[\\s,]+){0,3}?(?:отзыв\\p{L}*|оценк\\p{L}*|оценочк\\p{L}*|рейтинг\\p{L}*|негатив\\p{L}*|зв[её]зд\\p{L}*|звезд\\p{L}*|единиц[уы](?!\\s+товар)|единичк\\p{L}*|двойк\\p{L}*|тройк\\p{L}*)|(?:отзыв\\p{L}*|оценк\\p{L}*|оценочк\\p{L}*)[^.!?]{0,25}?(?<![\\p{L}])(?:удалите|уберите|измените|исправьте|перепишите|пересмотрите|поменяйте|отредактируйте|подправьте|поправьте|отзовите|повысьте|поднимите|поправь|подправь|удали|убери|измени|исправь|перепиши|снимите(?=\\s*(?:[,.!?]|и\\s|$)))(?![\\p{L}])`,
  "giu",
);
const PRESSURE_EN_RE = new RegExp(
  `(?<![\\p{L}])${CHANGE_EN}\\s+(?:(?:your|the|this|that|my|our|old|previous|original|earlier|negative|bad|low|1-star|one-star|\\d-star)\\s+){0,3}(?:review|rating|feedback|stars?)|${CHANGE_EN}\\s+your\\s+(?:\\d|one|two|three|four)[\\s-]stars?(?![\\p{L}])|(?:take|get)\\s+(?:\\S+\\s+){0,3}?(?:review|rating|feedback)\\s+(?:down|off|removed|deleted|changed)`,
  "giu",
);

const REWARD =
  "(?:верн[её]м|верну|возмещу|компенсирую|подарю|скину|вернуть|возместим|компенсир\\p{L}*|компенсац\\p{L}*|заплатим|доплатим|подар\\p{L}*|дадим|начислим|пришл[её]м|вышлем|отправим\\s+(?:бесплатно|подарок)|бесплатн\\p{L}*|скидк\\p{L}*|кешб[эе]к\\p{L}*|кэшб[эе]к\\p{L}*|бонус\\p{L}*|промокод\\p{L}*|деньг\\p{L}*|рубл\\p{L}*|₽|\\d+\\s?%|refund\\p{L}*|reimburs\\p{L}*|compensat\\p{L}*|gift|free(?!\\s+to)|discount|cash\\s?back|coupon|\\$\\d+|\\d+%\\s+off|pay\\s+you|сотк\\p{L}*|сотн\\p{L}*|косар\\p{L}*|сертификат\\p{L}*|\\d+\\s?(?:р|руб)\\.?(?![\\p{L}])|certificate|voucher|gift\\s?card)";
const REVIEW_ACT =
  "(?:постав\\p{L}*|остав\\p{L}*|напиш\\p{L}*|измен\\p{L}*|исправ\\p{L}*|поменя\\p{L}*|удал\\p{L}*|убер\\p{L}*|перепиш\\p{L}*|пересмотр\\p{L}*|повыс\\p{L}*|дополн\\p{L}*|обнов\\p{L}*|став\\p{L}*|leave|post|write|give|change|update|edit|remove|delete|revise|raise)";
const SCORE =
  "(?:5|пять|пят[её]р(?:оч)?к\\p{L}*|5-?к[уаи]|пятью|пятизв\\p{L}*|5\\s?\\*|⭐+|★+|звезд\\p{L}*|зв[её]зд\\p{L}*|положительн\\p{L}*|хорош\\p{L}*|высок\\p{L}*|five|5-star|positive|good)";
// A score that can only be a review's: "пятёрочку поставите", "5 звёзд оставите" ("хорошо, оставим" is not one).
const NAMED_SCORE =
  "(?:пят[её]р(?:оч)?к\\p{L}*|5-?к[уаи]|пятизв\\p{L}*|5\\s?(?:\\*|⭐|★|зв[её]зд\\p{L}*|звезд\\p{L}*)|пять\\s+зв[её]зд\\p{L}*|⭐+|★+|five[\\s-]+stars?|5[\\s-]+stars?)";
const REVIEW_WORD = "(?:отзыв\\p{L}*|оценк\\p{L}*|рейтинг\\p{L}*|review\\p{L}*|rating\\p{L}*|feedback|stars?)";

// Within one sentence: a reward, and a review that is to be left, changed or given a score.
const REWARD_RE = new RegExp(`(?<![\\p{L}])${REWARD}`, "iu");
const REVIEW_DEAL_RE = new RegExp(
  `(?<![\\p{L}])(?:${REVIEW_ACT}[\\s,]+(?:[^\\s.!?]+[\\s,]+){0,4}?(?:${REVIEW_WORD}|${SCORE})|(?:за|for)\\s+(?:(?:ваш\\p{L}*|your|a|the)\\s+)?(?:${SCORE}[\\s-]*)*${REVIEW_WORD}|${SCORE}[\\s-]*${REVIEW_WORD}|${REVIEW_WORD}[\\s,]+(?:(?:на|с|в|with|of)\\s+)?(?:[^\\s.!?]+\\s+)?${SCORE}|${NAMED_SCORE}[\\s,]+(?:[^\\s.!?]+[\\s,]+){0,1}?${REVIEW_ACT}|${REVIEW_WORD}[^.!?]{0,25}?(?<![\\p{L}])(?:станет|будет|станут|is|gets?|was|are)\\s+(?:\\S+\\s+)?(?:выше|лучше|положительн\\p{L}*|удал[её]н\\p{L}*|изменен\\p{L}*|исправлен\\p{L}*|higher|better|positive|revised|changed|updated|removed|deleted|edited)|(?:за|при|for)\\s+(?:5-?к[уаи]|пят[её]р(?:оч)?к\\p{L}*|5\\s*(?:⭐|★|\\*|зв[её]зд\\p{L}*)|five[\\s-]+stars?|5[\\s-]+stars?))`,
  "iu",
);
const THANKS_RE =
  /(?:спасибо|благодар\p{L}*|thank\p{L}*)\s+(?:вас\s+|you\s+)?(?:за|for)\s+(?:\S+\s+){0,2}?(?:отзыв|оценк|review|rating|feedback|звезд|зв[её]зд|stars)/iu;

// "мы не просим менять отзыв", "we never ask anyone to change a review": saying the rule is not breaking it.
const NEGATED_RE =
  /(?:не|ни\s+в\s+коем\s+случае\s+не)\s+(?:просим|будем\s+просить|требуем|предлагаем|можем\s+просить)\s+(?:\S+\s+)?$|(?:don't|do\s+not|never|won't|will\s+not|would\s+never)\s+(?:ask|require|pressure)\s+(?:\S+\s+){0,2}?(?:to\s+)?$/iu;

// «Удалить отзыв мы не можем и просить об этом не будем», «замену отправим вне зависимости от того,
// поменяете ли вы оценку»: a refusal after the words, or the review said not to matter.
const REFUSED_AFTER_RE =
  /^[^.!?]{0,20}?(?:не\s+(?:можем|будем|просим|станем)|cannot|can't|won't|will\s+not)(?![\p{L}])/iu;
const IRRELEVANT_RE =
  /(?<![\p{L}])(?:вне\s+зависимости|независимо|regardless|no\s+matter|whether\s+or\s+not)(?![\p{L}])/iu;

const NOT_FOR_RE = /(?:^|[^\p{L}])(?:не|not|never)\s+$/iu;

// "можете отредактировать отзыв, если захотите добавить фото": editing to add to the review is the allowed invitation.
const EDIT_VERB_RE = /^(?:отредакт|обнов|updat|edit)/iu;
const ADDING_RE = /(?:добав\p{L}*|дополн\p{L}*|фото\p{L}*|видео|photo\p{L}*|video\p{L}*|pictures?)/iu;
// «отредактируйте отзыв и уберите фото с дефектом»: taking a photo out is not adding to the review.
const TAKING_OUT_RE =
  /(?<![\p{L}])(?:убер\p{L}*|убрать|удал\p{L}*|скрой\p{L}*|скрыть|remov\p{L}*|delet\p{L}*|take\s+out)/iu;

export const detectReviewPressure: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const re of [PRESSURE_RU_RE, PRESSURE_EN_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      if (NEGATED_RE.test(text.slice(Math.max(0, start - 30), start))) continue;
      const sentence = sentenceAround(text, start, end);
      if (REFUSED_AFTER_RE.test(text.slice(end)) || IRRELEVANT_RE.test(sentence)) continue;
      if (EDIT_VERB_RE.test(text.slice(start, end)) && ADDING_RE.test(sentence) && !TAKING_OUT_RE.test(sentence))
        continue;
      findings.push(makeFinding({ kind: "review_pressure", severity: "block", text, start, end }));
    }
  }
  for (const { start, match } of sentences(text)) {
    const sentence = match[0];
    const deal = REVIEW_DEAL_RE.exec(sentence);
    const reward = REWARD_RE.exec(sentence);
    if (!deal || !reward || THANKS_RE.test(sentence)) continue;
    if (NEGATED_RE.test(sentence.slice(Math.max(0, deal.index - 30), deal.index))) continue;
    // "кешбэк начисляет площадка за покупку, не за отзыв": the reward is expressly not for the review.
    if (NOT_FOR_RE.test(sentence.slice(Math.max(0, deal.index - 8), deal.index))) continue;
    const from = start + Math.min(deal.index, reward.index);
    const to = start + Math.max(deal.index + deal[0].length, reward.index + reward[0].length);
    findings.push(makeFinding({ kind: "review_reward", severity: "block", text, start: from, end: to }));
  }
  return findings;
};
