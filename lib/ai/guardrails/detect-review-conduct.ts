import { makeFinding, matchAll, sentences, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Ways of leaning on a review that name no edit verb and no score, by class rather than by wording:
// - a threat next to a review ("плохие отзывы передаём юристам", "we will take legal action over this review");
// - a reward offered in the sentence that names a review ("отзыв с фото — и вернём 150 ₽", "review us with
//   photos and you'll be entered into our $100 draw"), or a trade ("вы нам отзыв, мы вам баллы");
// - control over the review before it is posted ("согласуйте текст отзыва с нами", "run it by us first");
// - gating: asking only happy buyers to review, or unhappy ones not to ("please only review us if it was
//   5-star worthy", «если что-то не так, не пишите плохой отзыв»);
// - an order to change or remove "it" / "сами" right after the review was named («ваша единица рушит наш
//   рейтинг. Измените её», «лучше удалите сами»).

const REVIEW =
  "(?:отзыв\\p{L}*|фотоотзыв\\p{L}*|пят[её]р(?:оч)?к\\p{L}*|five[\\s-]stars?|5[\\s-]stars?|оценк\\p{L}*|оценочк\\p{L}*|рейтинг\\p{L}*|единиц[аеуы](?!\\s+товар)|единичк\\p{L}*|двойк\\p{L}*|тройк\\p{L}*|негатив\\p{L}*|зв[её]зд\\p{L}*|review\\p{L}*|rating\\p{L}*|feedback|stars?|1-star|one-star)";
const REVIEW_RE = new RegExp(`(?<![\\p{L}])${REVIEW}(?![\\p{L}])`, "iu");

const THREAT_RE =
  /(?<![\p{L}])(?:суд(?:а|е|ом|у|ебн\p{L}*)?|в\s+суд|иск(?:а|ом|у|ов)?|юрист\p{L}*|юридическ\p{L}*|адвокат\p{L}*|полици\p{L}*|прокуратур\p{L}*|заявлени\p{L}*\s+(?:в|на)|клевет\p{L}*|порочащ\p{L}*|деловой\s+репутаци\p{L}*|к\s+ответственности|пожалеете|пожалеешь|накажем|пожалуемся|жалоб\p{L}*\s+на\s+(?:вас|тебя)|на\s+(?:вас|тебя)\s+жалоб\p{L}*|flag\s+your\s+account|report\s+your\p{L}*|заблокир\p{L}*\s+(?:ваш|вас|тебя)|забаним|вычислим|найд[её]м\s+(?:вас|тебя)|знаем,?\s+где\s+вы|lawyer\p{L}*|attorney\p{L}*|legal\s+action|legal\s+team|sue|suing|lawsuit|court|defamat\p{L}*|libel\p{L}*|slander\p{L}*|report\s+(?:you|your\s+account)|(?:ban|block|suspend)\s+your\s+account|consequences|police)(?![\p{L}])/iu;

// Gifts and sums, not a refund as such: «деньги вернутся после возврата» next to a review is the platform's
// route, and the review-deal rule in detect-review-pressure.ts reads refunds tied to a review edit.
const REWARD_NOUN_RE =
  /(?<![\p{L}])(?:розыгрыш\p{L}*|разыгр\p{L}*|приз(?:а|ы|ов|ом)?|баллы|баллов|бонус\p{L}*|кешб[эе]к\p{L}*|кэшб[эе]к\p{L}*|подар\p{L}*|промокод\p{L}*|скидк\p{L}*|сертификат\p{L}*|бесплатн\p{L}*|полцены|free(?!\s+to)|half\s+price|early\s+access|draw|raffle|giveaway|sweepstake\p{L}*|prize|points|bonus|cash\s?back|gift\p{L}*|discount|coupon|voucher)(?![\p{L}])|₽|\$\s?\d|\d+\s?(?:р|руб)\.?(?![\p{L}])/iu;
const OFFER_RE =
  /(?<![\p{L}])(?:верн[её]м|верну|возмест\p{L}*|компенсиру\p{L}*|дадим|дам|подарим|подарю|начислим|начислю|пришл[её]м|пришлю|вышлем|вышлю|скинем|скину|сделаю|сделаем|получите|получит|получат|получишь|участву\p{L}*|разыгр\p{L}*|ждёт|ждет|будет|будут|тому|тем|кто|whoever|anyone\s+who|send|earn|gets?\s+you|we'd|we'll|we\s+will|i'll|you'll|you\s+will|get|receive|entered|enter|win)(?![\p{L}])/iu;
// "вы нам отзыв, мы вам баллы", "you leave us a review, we send you a gift".
const TRADE_RE =
  /(?<![\p{L}])(?:вы|ты|you)\s+(?:нам|мне|us|me)\s+[^.!?]{0,40}?(?:мы|я|we|i)\s+(?:вам|тебе|you)(?![\p{L}])/iu;
// Said to be unrelated, or the marketplace's own programme: not a deal.
const UNRELATED_RE =
  /(?<![\p{L}])(?:не\s+(?:влия\p{L}*|завис\p{L}*|связан\p{L}*|обязательн\p{L}*)|независимо|вне\s+зависимости|никак\s+не|любой\s+отзыв|любую\s+оценку|regardless|not\s+(?:tied|linked|connected|conditional|required)|doesn't\s+(?:affect|depend)|does\s+not\s+(?:affect|depend)|any\s+(?:review|rating))(?![\p{L}])/iu;
const THANKS_RE =
  /(?:спасибо|благодар\p{L}*|thank\p{L}*)\s+(?:вам\s+|вас\s+|you\s+)?(?:за|for)\s+(?:\S+\s+){0,2}?(?:отзыв|оценк|review|rating|feedback|звезд|зв[её]зд|stars)|(?:за|for)\s+(?:ваш\s+|your\s+)?(?:отзыв|review)\p{L}*\s+(?:спасибо|благодар|thanks)/iu;

// Before posting, with control over the review (show it, agree it, run it by us) or a demand to contact
// the seller somewhere other than here; «напишите нам здесь, прежде чем оставлять отзыв» keeps the buyer on
// the platform and leaves the review to them, and a bare «перед публикацией отзыв проверяет модерация» is
// the platform's process.
const CONTROL_RE =
  /(?<![\p{L}])(?:согласу\p{L}*|покаж\p{L}*|пришлите\s+(?:нам\s+)?текст|обсуд\p{L}*|одобр\p{L}*|run\s+it\s+by|show\s+(?:it\s+to\s+)?us|check\s+with\s+us|approv\p{L}*|как(?:ую|ие)\s+(?:оценку|звёзды|звезды)\s+(?:поставить|ставить)|what\s+(?:rating|stars)\s+to\s+give)(?![\p{L}])/iu;
const CONTACT_US_RE =
  /(?<![\p{L}])(?:свяж\p{L}*|напиш\p{L}*|обратит\p{L}*|contact|message|talk|reach\s+out)(?![\p{L}])/iu;
const HERE_RE = /(?<![\p{L}])(?:здесь|сюда|тут|в\s+(?:этот\s+|этом\s+)?чат\p{L}*|here|in\s+this\s+chat)(?![\p{L}])/iu;
const BEFORE_POSTING_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:прежде\\s+чем|перед\\s+тем\\s+как|до\\s+того\\s+как|before)\\s+(?:\\S+\\s+){0,2}?(?:оценивать|оценить|ставить\\s+оценку|rating|you\\s+rate)(?![\\p{L}])|(?:прежде\\s+чем|перед\\s+тем\\s+как|до\\s+того\\s+как|перед)\\s+(?:\\S+\\s+){0,2}?(?:публиковать|публикацией|опубликовать|оставлять|оставить|писать|написать|размещать|разместить|оценивать|оценить|ставить\\s+оценку)|before\\s+(?:\\S+\\s+){0,2}?(?:posting|leaving|writing|publishing|rating|you\\s+(?:post|leave|write|publish|rate)))\\s+(?:\\S+\\s+){0,3}?${REVIEW}|(?:согласу\\p{L}*|соглас\\p{L}*\\s+с\\s+нами|покажите\\s+нам|пришлите\\s+нам)\\s+(?:\\S+\\s+){0,3}?(?:текст\\p{L}*\\s+)?${REVIEW}|${REVIEW}[^.!?]{0,40}?(?:согласу\\p{L}*|run\\s+it\\s+by\\s+us|check\\s+with\\s+us|show\\s+(?:it\\s+to\\s+)?us)|run\\s+(?:it|them|your\\s+review)\\s+by\\s+us`,
  "iu",
);
const GATING_RE = new RegExp(
  `(?<![\\p{L}])(?:only|только)\\s+(?:\\S+\\s+){0,4}?(?:if|если|когда|when)\\s+[^.!?]{0,60}?(?:5|пять|five|понрав\\p{L}*|liked|love[ds]?|happy|satisfied|доволь\\p{L}*|отличн\\p{L}*|perfect|worthy)|(?:не\\s+(?:пишите|оставляйте|ставьте|спешите\\s+(?:писать|ставить|оставлять))|don't\\s+(?:leave|write|post|give)|do\\s+not\\s+(?:leave|write|post|give))\\s+(?:\\S+\\s+){0,2}?(?:плох\\p{L}*|негатив\\p{L}*|низк\\p{L}*|bad|negative|low|poor|1-star|one-star)\\s+${REVIEW}`,
  "iu",
);
// English has no imperative mood: "we can change it" is the seller's offer, "please change it" the order.
const IT_RE =
  /(?<![\p{L}])(?:(?:удалите|удали|уберите|убери|измените|измени|исправьте|исправь|перепишите|перепиши|отзовите|отредактируйте)\s+(?:(?:его|её|ее|их|сами|сама|сам)(?![\p{L}])|(?=[.!?]|$))|(?:(?:please|kindly|could\s+you|can\s+you|would\s+you)\s+(?:\S+\s+)?(?:remove|delete|change|edit|retract|withdraw|take\s+down|pull|update)|remove|delete|retract|withdraw|take\s+down)\s+(?:it|them)(?!\s+from)(?![\p{L}]))/giu;
const IT_LOOKBACK = 120;

// A five-star review named as expected: «вы ещё не оставили отзыв на 5 звёзд. Не забудьте!», "we hope for a
// 5-star review". Thanks for one («спасибо за отзыв на 5 звёзд») is fine.
const FIVE_STAR_REVIEW_RE =
  /(?<![\p{L}])(?:(?:отзыв\p{L}*|оценк\p{L}*|review|rating)\s+(?:на\s+|of\s+)?(?:5|пять|five)\s*(?:зв[её]зд\p{L}*|звезд\p{L}*|stars?|★|⭐|\*)|(?:5|five)[\s-]*stars?\s+(?:review|rating)|пятизв\p{L}*\s+(?:отзыв|оценк)\p{L}*|(?:пять|5)\s+зв[её]зд\p{L}*|пят[её]р(?:оч)?к\p{L}*|(?:five|5)[\s-]+stars?)/iu;
const EXPECT_RE =
  /(?<![\p{L}])(?:не\s+забудьте|рассчитываем|надеемся\s+на|просим|оставьте|ждём\s+(?:ваш|от\s+вас)|please|don't\s+forget|remember\s+to|we'd\s+love|we\s+expect|would\s+appreciate|hope\s+for|напоминаем|reminder|helps?\s+us|поможет\s+нам|очень\s+поможет|would\s+help|keep\s+the\s+lights)(?![\p{L}])/iu;

// A reward linked to the review in so many words: «в благодарность за хороший отзыв вышлем фильтр», "a
// thank-you gift once your review is live". Thanks alone is fine; thanks paid for is not.
const DEAL_LINK_RE =
  /(?<![\p{L}])(?:в\s+благодарность\s+за|в\s+обмен\s+на|взамен|в\s+ответ|as\s+a\s+thank[\s-]?you|thank[\s-]?you\s+gift|in\s+return|in\s+exchange|once\s+your\s+review|for\s+every)(?![\p{L}])/iu;
// Asking to see the review first: «покажите сначала текст отзыва нам», «пришлите отзыв на согласование».
const SHOW_FIRST_RE =
  /(?<![\p{L}])(?:(?:покажите|пришлите|отправьте|скиньте|show|send)\s+(?:(?:нам|us|сначала|first|ваш|свой|your|мне|me)\s+){0,3}(?:текст\s+(?:вашего\s+|своего\s+)?отзыва|отзыв|review|draft)(?![\p{L}])|на\s+согласовани\p{L}*|for\s+(?:our\s+)?approval)/iu;
// «Если поставите меньше пяти, мы откажем в гарантии»: a low score named as a condition.
const LOW_SCORE_IF_RE =
  /(?<![\p{L}])(?:если|if)\s+(?:\S+\s+){0,3}?(?:постав\p{L}*|остав\p{L}*|напиш\p{L}*|give|leave|post|write)\s+(?:\S+\s+){0,2}?(?:меньше|ниже|less|lower|below|fewer|плох\p{L}*|негатив\p{L}*|bad|negative|единиц\p{L}*|двойк\p{L}*|тройк\p{L}*)(?![\p{L}])/iu;
// Guilt over a score: «из-за вашей двойки нас могут закрыть».
const BECAUSE_RE = /(?<![\p{L}])(?:из-за|because\s+of|thanks\s+to)(?![\p{L}])/iu;
const RUIN_RE =
  /(?<![\p{L}])(?:закро\p{L}*|закрыть|закрыт\p{L}*|уволят|уволить|разор\p{L}*|потеря\p{L}*|lose\s+(?:our|my)|shut\s+(?:us\s+)?down|out\s+of\s+business|fired|bankrupt\p{L}*)(?![\p{L}])/iu;
// The review gone as the condition: «если отзыв не исчезнет», "if the review stays up".
const GONE_RE =
  /(?<![\p{L}])(?:исчез\p{L}*|пропад\p{L}*|пропал\p{L}*|висит|висеть|останется|disappear\p{L}*|goes\s+away|stays?\s+up|remains?\s+(?:up|online|visible))(?![\p{L}])/iu;
const IF_RE = /(?<![\p{L}])(?:если|пока|until|unless|if|as\s+long\s+as)(?![\p{L}])/iu;
// Softening or hiding part of a review needs no review word: «смягчите формулировку», "tone down the wording",
// «скройте фото из отзыва», "hide the photo from your review".
const SOFTEN_RE =
  /(?<![\p{L}])(?:(?:смягчите|смягчить|смягчили\s+бы|tone\s+down|soften)\s+(?:\S+\s+){0,3}?(?:формулировк\p{L}*|тон|выражени\p{L}*|слова|wording|language|tone|words|review)|(?:скройте|уберите|удалите|спрячьте)\s+(?:\S+\s+)?(?:фото\p{L}*|видео|снимок|снимки)\s+(?:из|с|в)\s+отзыв\p{L}*|(?:hide|hid|hiding|remove|delete|take\s+down)\s+(?:the\s+|your\s+|that\s+)?(?:photo|picture|image|video|pic)s?\s+(?:from|in|on)\s+(?:the\s+|your\s+)?(?:review|rating|feedback))(?![\p{L}])/giu;
const LOW_SCORE_IF_ANY_RE =
  /(?<![\p{L}])(?:если|if)\s+(?:\S+\s+){0,3}?(?:постав\p{L}*|остав\p{L}*|give|leave)\s+(?:меньше|ниже|less|lower|below|fewer)\s+(?:\S+\s+)?(?:пяти|5|четыр\p{L}*|4|five|four|зв[её]зд\p{L}*|stars?)(?![\p{L}])/giu;
const HOLD_OFF_RE =
  /(?<![\p{L}])(?:не\s+спешите|подождите|повремените|отложите|hold\s+off|wait)\s+(?:\S+\s+){0,2}?(?:с\s+|on\s+|with\s+)?(?:отзыв\p{L}*|оценк\p{L}*|review|rating)(?![\p{L}])/iu;

export const detectReviewConduct: Detector = ({ text }) => {
  const findings: Finding[] = [];
  const block = (kind: "review_pressure" | "review_reward" | "rating_request", start: number, end: number) =>
    findings.push(makeFinding({ kind, severity: "block", text, start, end }));
  for (const { start, end, match } of sentences(text)) {
    const sentence = match[0];
    if (!REVIEW_RE.test(sentence)) continue;
    if (
      THREAT_RE.test(sentence) ||
      SHOW_FIRST_RE.test(sentence) ||
      LOW_SCORE_IF_RE.test(sentence) ||
      HOLD_OFF_RE.test(sentence) ||
      (BECAUSE_RE.test(sentence) && RUIN_RE.test(text)) ||
      (GONE_RE.test(sentence) && IF_RE.test(sentence)) ||
      (BEFORE_POSTING_RE.test(sentence) &&
        (CONTROL_RE.test(text) || (CONTACT_US_RE.test(sentence) && !HERE_RE.test(sentence)))) ||
      GATING_RE.test(sentence)
    )
      block("review_pressure", start, end);
    else if (
      (DEAL_LINK_RE.test(sentence) || !THANKS_RE.test(sentence)) &&
      !UNRELATED_RE.test(sentence) &&
      REWARD_NOUN_RE.test(sentence) &&
      (TRADE_RE.test(sentence) || OFFER_RE.test(sentence) || DEAL_LINK_RE.test(sentence))
    )
      block("review_reward", start, end);
  }
  if (!findings.length && EXPECT_RE.test(text))
    for (const { start, end, match } of sentences(text))
      if (FIVE_STAR_REVIEW_RE.test(match[0]) && !THANKS_RE.test(match[0])) block("rating_request", start, end);
  // A threat in the sentence after the one that names the review: «Плохие отзывы передаём юристам.
  // Подумайте, прежде чем публиковать» is caught above; «Ваш отзыв — ложь. Мы обратимся в суд» here.
  if (REVIEW_RE.test(text) && !findings.length) {
    for (const { start, end, match } of sentences(text))
      if (THREAT_RE.test(match[0])) block("review_pressure", start, end);
  }
  for (const re of [SOFTEN_RE, LOW_SCORE_IF_ANY_RE])
    for (const { start, end } of matchAll(re, text)) block("review_pressure", start, end);
  for (const { start, end } of matchAll(IT_RE, text)) {
    if (REVIEW_RE.test(text.slice(Math.max(0, start - IT_LOOKBACK), start))) block("review_pressure", start, end);
  }
  return findings;
};
