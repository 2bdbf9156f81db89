import { dictionaries } from "@/lib/i18n/dictionaries";
import {
  OUTGOING_REFUSAL_CODES,
  type OutgoingRefusalCode,
  type OutgoingRefusalParams,
} from "@/lib/marketplaces/outgoing-refusal";

// Replies refused before our refusals were codes hold the Russian sentence as a marketplace's reason: a known
// one is read back into its code, so it rewords in the reader's language. Anything else is the marketplace's.

type Coded = { refusal: OutgoingRefusalCode } & OutgoingRefusalParams;

const offered = (list: string): OutgoingRefusalParams =>
  list === "ничего" ? { offered: "", count: 0 } : { offered: list, count: list.split(", ").length };

const WORDED: [RegExp, (m: RegExpExecArray) => Coded][] = [
  [
    /^Сообщение длиннее (\d+) символов \((\d+)\)$/u,
    (m) => ({ refusal: "text_too_long", max: Number(m[1]), length: Number(m[2]) }),
  ],
  [/^Не больше (\d+) файлов в сообщении$/u, (m) => ({ refusal: "too_many_files", max: Number(m[1]) })],
  [
    /^Файл «([\s\S]*)»: тип (\S+) не принимается \(можно: ([\s\S]*)\)$/u,
    (m) => ({ refusal: "file_type", fileName: m[1]!, mimeType: m[2]!, allowed: m[3]! }),
  ],
  [
    /^Файл «([\s\S]*)» больше (\d+) МБ$/u,
    (m) => ({ refusal: "file_too_big", fileName: m[1]!, megabytes: Number(m[2]) }),
  ],
  [/^Файлы вместе больше (\d+) МБ$/u, (m) => ({ refusal: "files_too_big", megabytes: Number(m[1]) })],
  [
    /^Amazon сейчас не предлагает тип «([\s\S]*)» для заказа (\S+) \(доступно: ([\s\S]*)\)$/u,
    (m) => ({ refusal: "type_not_offered", messageType: m[1]!, order: m[2]!, ...offered(m[3]!) }),
  ],
  [
    /^Для заказа (\S+) Amazon сейчас не разрешает текстовые сообщения \(доступно: ([\s\S]*)\)$/u,
    (m) => ({ refusal: "text_not_offered", order: m[1]!, ...offered(m[2]!) }),
  ],
  [
    /^Для типа «([\s\S]*)» Amazon принимает не больше (\d+) символов$/u,
    (m) => ({ refusal: "type_too_long", messageType: m[1]!, max: Number(m[2]) }),
  ],
  [
    /^Amazon сейчас не разрешает писать покупателю по заказу (\S+)$/u,
    (m) => ({ refusal: "order_closed", order: m[1]! }),
  ],
];

/** The refusal an old stored reason words, or null when it is a marketplace's own text. */
export function legacyOutgoingRefusal(reason: string): Coded | null {
  const plain = OUTGOING_REFUSAL_CODES.find((code) => dictionaries.ru.outgoingRefusals[code] === reason);
  if (plain) return { refusal: plain };
  for (const [re, toCoded] of WORDED) {
    const m = re.exec(reason);
    if (m) return toCoded(m);
  }
  return null;
}
