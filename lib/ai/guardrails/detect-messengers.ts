import { makeFinding, matchAll, sentenceAround, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Names of messengers and social networks as sellers actually write them, slang and typos included.
const NETWORK =
  "(?:телеграмм?\\p{L}*|телег[аеиу]|телегу|тг|тгшк\\p{L}*|тэгэ|тегэ|тлг|tg|tlg|telegram\\p{L}*|telega|(?:ват|вот|уот|вац|воц)с?\\s?ап+\\p{L}*|ватсаб\\p{L}*|whats\\s?app?|(?:wats|vats|vots|wots)\\s?app?|wa\\.me|вайбер\\p{L}*|вибер\\p{L}*|viber|вк|вконтакт\\p{L}*|vk|инстаграм\\p{L}*|запрещ[её]нграм\\p{L}*|инст[аеуы]?|insta\\p{L}*|фейсбук\\p{L}*|facebook|одноклассник\\p{L}*|скайп\\p{L}*|skype|дискорд\\p{L}*|discord|мессенджер\\p{L}*|личк[аеуи]|лс|директ(?:[еау]|ом)?|direct|тележк\\p{L}*|signal|wechat|imo|ютуб\\p{L}*|youtube|тикток\\p{L}*|tiktok|дзен\\p{L}*|rutube|рутуб\\p{L}*|твиттер\\p{L}*|twitter|соцсет\\p{L}*|социальн\\p{L}*\\s+сет\\p{L}*|social\\s+media|socials|snapchat|snap|the\\s+gram|wechat|pinterest|line(?=\\s*,?\\s*id(?![\\p{L}])))";
// "Max" (the messenger) is also a name and "макс." an abbreviation: only "в Max", "in Max" or
// "Max: handle" counts as the messenger.
const MAX =
  "(?:(?<=(?:^|[^\\p{L}])(?:в|во|in|on|через)\\s+)(?:max|макс|мах)|(?:max|макс|мах)(?=\\s*[:—–-]\\s*@?[a-z0-9_.]{3,}))";
// "в в а т с а п" is read as one spaced-out word, so the preposition may be glued to the name: "вватсап".
const NETWORK_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[вк](?=\\p{L}{4}))?${NETWORK}|${MAX})(?![\\p{L}\\p{N}])`,
  "giu",
);
// The name followed by an account: "тг: shop_msk", "Телега 👉 opt_moda24", "инст moda.dom_official".
const NAMED_ACCOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NETWORK}|max|макс|мах)\\s*(?:[:—–\\-]|\\p{Extended_Pictographic}|[→➡])*\\s*,?\\s*(?:(?:is|это|id|ник|username)\\s*[:—–-]?\\s*)?@?(?=[a-z0-9_.]*[_.\\d])[a-z][a-z0-9_.]{2,31}(?<!\\.)(?![\\p{L}\\p{N}@])`,
  "giu",
);
// A plain Latin name after the network and a colon or dash is an account too: "Telegram: svetlamp".
const LABELLED_ACCOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NETWORK})\\s*(?:[:—–]|\\s-)\\s*@?[a-z][a-z0-9_.]{3,31}(?<!\\.)(?![\\p{L}\\p{N}@])`,
  "giu",
);
// The same in Cyrillic letters, which only an underscore or a digit marks as an account: "телеграм: лавка_опт".
const CYRILLIC_ACCOUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NETWORK})\\s*(?:[:—–]|\\s-)\\s*@?[а-яё](?=[а-яё0-9_.]*[_\\d])[а-яё0-9_.]{2,31}(?<!\\.)(?![\\p{L}\\p{N}@])`,
  "giu",
);
// An invitation nearby turns a mention into taking the buyer off the platform.
const INVITATION_RE =
  /(?<![\p{L}])(?:пиш|напиш|свяж|связ|добав|подпис|подпиш|найд|ищ|звон|переход|перейд|перейт|стучи|присоедин|вступ|канал|групп|жд[уеё]м?|на\s+связи|закаж|заказыва|лучше\s+(?:в|во|через)\s|(?:в|на)\s+(?:описани\p{L}*\s+)?(?:профил|био|шапк|визитк|вкладыш)|скин|кину|пришл|дайте|оставьте|удобн|давай|продолж|отвеч|отпиш|отправ|кида|кинь|перешл|загляд|заход|смотр|(?<![\p{L}])(?:найти|спиш[еи]мся|пообща\p{L}*|общаться|общаемся)|есть\?|есть\s+ли|у\s+вас\s+есть|мы\s+(?:есть\s+)?в|наш|мой|моя|мою|(?:тот\s+же|этот|этому|same|this)\s+(?:номер\p{L}*|number)|my|our|ник\p{L}*|username|магазин\p{L}*|оформ\p{L}*|shop|store|write|text|message|contact|follow|subscribe|dm|add|reach|ping|join|find|chat|talk|hit\s+(?:me|us)|on\s+(?:whats|tele|viber|signal|insta))/iu;
// "@shop_moscow": a handle. The look-behind keeps e-mail addresses out, they are the e-mail detector's.
const HANDLE_RE = /(?<![\p{L}\p{N}._%+-])@[a-z0-9_][a-z0-9_.]{2,31}(?<!\.)/giu;

// The invitation has to be close to the name and in the same sentence: "телеграмму от склада не
// получили, как только узнаем — напишем здесь" mentions a telegram and a reply, not an invitation.
const WINDOW = 30;
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(".", start - 1) + 1, start - WINDOW);
  const stops = [".", "!", "?", "\n"].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const to = Math.min(text.length, end + WINDOW, ...stops);
  return text.slice(from, start) + " " + text.slice(end, to);
}

// "в телеграмму", "в нашу телеграмму": the word is a place to write to, so the messenger.
const PLACE_RE = /(?:^|[^\p{L}])(?:в|во|на|через|по)\s+(?:(?:наш|мо|ваш|сво|тв)\p{L}*\s+)?$/iu;

// A messenger as a product's feature, with no "us": «на часах можно отвечать на сообщения Telegram»,
// "the router prioritises WhatsApp calls".
const FEATURE_RE =
  /(?<![\p{L}])(?:на\s+часах|роутер\p{L}*|уведомлени\p{L}*|поддерживает|поддержк[аеуи]\s+(?:звонков|сообщений)|совместим\p{L}*|функци\p{L}*|интеграци\p{L}*|приоритизац\p{L}*|трафик\p{L}*|supports?|compatible|notifications?|works\s+with|router|smartwatch)(?![\p{L}])/iu;
const OURS_RE = /(?<![\p{L}])(?:наш\p{L}*|нам|нас|нами|мой|моя|мою|мне|our|us|my|me)(?![\p{L}])/iu;

export const detectMessengers: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const { start, end } of matchAll(NETWORK_RE, text)) {
    // "вайбер есть?": asking whether the buyer has the messenger is the invitation.
    const asks =
      /^\s*(?:есть\s*\?|есть\s+ли|у\s+вас\s+есть)/iu.test(text.slice(end)) ||
      /(?:^|[^\p{L}])(?:есть|у\s+вас\s+есть|есть\s+ли\s+у\s+вас|have\s+you\s+got|do\s+you\s+(?:have|use))\s+$/iu.test(
        text.slice(Math.max(0, start - 24), start),
      );
    // "телеграммы не отправляем": the nominative and accusative of «телеграмма» are a telegram, not the
    // messenger, unless a preposition makes it a place to write to ("в телеграмму", "в нашу телеграмму").
    const telegramMessage =
      /^телеграмм[аыу]$/iu.test(text.slice(start, end)) && !PLACE_RE.test(text.slice(Math.max(0, start - 16), start));
    const sentence = sentenceAround(text, start, end);
    const feature = FEATURE_RE.test(sentence) && !OURS_RE.test(sentence);
    const severity =
      !telegramMessage && !feature && (asks || INVITATION_RE.test(around(text, start, end))) ? "block" : "flag";
    findings.push(makeFinding({ kind: "messenger", severity, text, start, end }));
  }
  for (const { start, end } of [
    ...matchAll(NAMED_ACCOUNT_RE, text),
    ...matchAll(LABELLED_ACCOUNT_RE, text),
    ...matchAll(CYRILLIC_ACCOUNT_RE, text),
  ]) {
    findings.push(makeFinding({ kind: "handle", severity: "block", text, start, end }));
  }
  for (const { start, end } of matchAll(HANDLE_RE, text)) {
    findings.push(makeFinding({ kind: "handle", severity: "block", text, start, end }));
  }
  return findings;
};
