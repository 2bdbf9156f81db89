import { makeFinding, matchAll, sentenceAround, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// Selling around the marketplace: "закажите у нас напрямую", "можно без маркетплейса, так дешевле",
// "мы и на Авито продаём, там дешевле", "buy directly from us".
const DIRECT_RU_RE =
  /(?<![\p{L}])(?:куп\p{L}*|закаж\p{L}*|заказыв\p{L}*|заказать|покупа\p{L}*|оформ\p{L}*|бер[иу]\p{L}*|приобрет\p{L}*|прода\p{L}*|отправ\p{L}*)[\s,]+(?:[^\s.!?]+[\s,]+){0,3}?(?:напрямую|без\s+(?:маркетплейс\p{L}*|площадк\p{L}*|посредник\p{L}*|наценк\p{L}*|комисси\p{L}*)|мимо\s+\p{L}+|вне\s+площадк\p{L}*)|(?<![\p{L}])(?:напрямую|без\s+маркетплейс\p{L}*|без\s+площадк\p{L}*|мимо\s+площадк\p{L}*)[^.!?]{0,30}?(?:дешевле|выгодн\p{L}*|скидк\p{L}*)/giu;
const DIRECT_EN_RE =
  /(?<![\p{L}])(?:(?:buy|order|purchase|shop)\s+(?:it\s+|them\s+|this\s+)?directly\s+(?:from|with)\s+us|sell\s+(?:\S+\s+){0,4}?directly|outside\s+(?:of\s+)?(?:amazon|the\s+marketplace)|off\s+amazon|cheaper\s+on\s+our\s+(?:own\s+)?(?:site|website|store)|on\s+our\s+own\s+(?:site|website|store|shop)|(?:search|google|look)\s+(?:for\s+|up\s+)?(?:us|our\s+(?:brand|store|shop|company|name|website))|avoid\s+(?:the\s+)?(?:amazon|marketplace)\s+fees?)/giu;
// The shop's own website, named as the seller's: "закажите у нас на сайте", "на нашем сайте дешевле", "on our
// website". "На сайте производителя" or "на сайте Почты России" is someone else's site and passes.
const OWN_SITE_RE =
  /(?<![\p{L}])(?:у\s+нас\s+на|на\s+нашем|с\s+нашего|через\s+наш)\s+(?:(?:собственн|официальн|нов)\p{L}*\s+)?(?:сайт\p{L}*|веб-?сайт\p{L}*|интернет-?магазин\p{L}*)|(?<![\p{L}])(?:on|at|from|via|through)\s+our\s+(?:official\s+)?(?:web)?site(?![\p{L}])/giu;
// Dealing without the marketplace: "сделаем цену без площадки", "ищите нас в гугле", "свяжитесь напрямую".
const AROUND_RU_RE =
  /(?<![\p{L}])(?:без\s+(?:маркетплейс\p{L}*|площадк\p{L}*)|мимо\s+(?:маркетплейс\p{L}*|площадк\p{L}*)|(?:ищите|найдите|поищите|загуглите)\s+(?:нас\s+|наш\p{L}*\s+(?:\S+\s+)?)?(?:в\s+)?(?:гугл\p{L}*|google|яндекс\p{L}*|поиск\p{L}*|интернет\p{L}*)|(?:свяж\p{L}*|связ\p{L}*|пиш\p{L}*|напиш\p{L}*|звон\p{L}*|обращ\p{L}*)\s+(?:\S+\s+){0,2}?напрямую)/giu;

const OTHERS =
  "(?:ebay|etsy|walmart|shopify|temu|shein|target|aliexpress|алиэкспресс\\p{L}*|али|мегамаркет\\p{L}*|юлa|юле)";
const LURE =
  /(?:дешевле|выгодн\p{L}*|ищите|найдите|заходите|заказывайте|покупайте|тоже\s+прода\p{L}*|также\s+прода\p{L}*|акци\p{L}*|скидк\p{L}*|распродаж\p{L}*|дешевле|там|cheaper|find\s+us|also\s+sell|keep\s+more|grab\s+it|next\s+time|store|shop|sale|discount|deal)/iu;

// One pattern per marketplace, built once: compiling a Unicode pattern costs far more than running it.
const OTHER_RE = new Map<string, RegExp>();
function otherMarketplacesRe(marketplace: string): RegExp {
  let re = OTHER_RE.get(marketplace);
  if (!re) {
    const others = Object.values(MARKETPLACE_DESCRIPTORS)
      .filter((d) => d.marketplace !== marketplace)
      .map((d) => d.guardrails.nameWords);
    re = new RegExp(
      `(?<![\\p{L}])(?:на|в|через|on|at|via|from)\\s+(?:(?:our|my|наш\\p{L}*)\\s+)?(?:${[...others, OTHERS].join("|")})(?![\\p{L}])`,
      "giu",
    );
    OTHER_RE.set(marketplace, re);
  }
  return re;
}

export const detectOffPlatform: Detector = ({ text, marketplace }) => {
  const findings: Finding[] = [];
  for (const re of [DIRECT_RU_RE, DIRECT_EN_RE, AROUND_RU_RE, OWN_SITE_RE]) {
    for (const { start, end } of matchAll(re, text))
      findings.push(makeFinding({ kind: "off_platform", severity: "block", text, start, end }));
  }
  for (const { start, end } of matchAll(otherMarketplacesRe(marketplace), text)) {
    const sentence = sentenceAround(text, start, end);
    if (LURE.test(sentence)) findings.push(makeFinding({ kind: "off_platform", severity: "block", text, start, end }));
  }
  return findings;
};
