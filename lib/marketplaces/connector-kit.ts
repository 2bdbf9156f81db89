import { MarketplaceRejectedError, MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { httpOptionsSchema } from "@/lib/marketplaces/http/options";
import type { HttpContext } from "@/lib/marketplaces/http/request";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { Capabilities, OutgoingFile } from "@/lib/marketplaces/schemas";
import type { ConnectorRuntimeOptions } from "@/lib/marketplaces/types";

// Small pieces shared by the five connectors (not a base class: each connector is a plain object).

export function unsupported(marketplace: Marketplace, operation: string): () => Promise<never> {
  return async () => {
    throw new MarketplaceUnsupportedError({ marketplace, operation });
  };
}

export function buildHttpContext({
  marketplace,
  runtime,
  accountKey,
  ...rest
}: Omit<HttpContext, "options" | "send"> & { runtime: ConnectorRuntimeOptions }): HttpContext {
  return {
    marketplace,
    options: httpOptionsSchema.parse(runtime.http ?? {}),
    accountKey: runtime.accountKey ?? accountKey,
    send: runtime.send,
    ...rest,
  };
}

/** Refuses locally what the marketplace would refuse anyway, so the operator keeps the draft and sees why. */
export function assertOutgoingAllowed({
  marketplace,
  capabilities,
  text,
  files = [],
}: {
  marketplace: Marketplace;
  capabilities: Capabilities;
  text: string;
  files?: OutgoingFile[];
}): void {
  const reject = (reason: string) => {
    throw new MarketplaceRejectedError({ marketplace, message: reason, reason, vendorCode: "LOCAL_VALIDATION" });
  };
  if (text.length > capabilities.maxTextLength) {
    reject(`Сообщение длиннее ${capabilities.maxTextLength} символов (${text.length})`);
  }
  if (text.trim() === "" && files.length === 0) reject("Пустое сообщение");
  if (files.length === 0) return;
  const rules = capabilities.attachments;
  if (!rules) return reject("Этот маркетплейс не принимает файлы через API");
  if (files.length > rules.maxFilesPerMessage) reject(`Не больше ${rules.maxFilesPerMessage} файлов в сообщении`);
  let total = 0;
  for (const file of files) {
    total += file.bytes.byteLength;
    if (!rules.mimeTypes.includes(file.mimeType.toLowerCase())) {
      reject(`Файл «${file.fileName}»: тип ${file.mimeType} не принимается (можно: ${rules.mimeTypes.join(", ")})`);
    }
    if (file.bytes.byteLength > rules.maxFileBytes) {
      reject(`Файл «${file.fileName}» больше ${Math.round(rules.maxFileBytes / 1024 / 1024)} МБ`);
    }
  }
  if (rules.maxTotalBytes !== null && total > rules.maxTotalBytes) {
    reject(`Файлы вместе больше ${Math.round(rules.maxTotalBytes / 1024 / 1024)} МБ`);
  }
}

export function toIso(value: string | number | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date.toISOString();
}

export function fromUnixSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
