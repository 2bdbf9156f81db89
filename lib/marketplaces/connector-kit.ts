import { MarketplaceRejectedError, MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { httpOptionsSchema } from "@/lib/marketplaces/http/options";
import type { HttpContext } from "@/lib/marketplaces/http/request";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { OutgoingRefusal } from "@/lib/marketplaces/outgoing-refusal";
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

/** Throws our own refusal as the rejection the send path handles (the draft stays, the reason shows). */
export function refuseOutgoing(
  marketplace: Marketplace,
  refusal: OutgoingRefusal,
  vendorCode: string | null = "LOCAL_VALIDATION",
): never {
  const reason = `${refusal.code}${refusal.params ? ` ${JSON.stringify(refusal.params)}` : ""}`;
  throw new MarketplaceRejectedError({ marketplace, message: reason, reason, vendorCode, refusal });
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

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
  const reject = (refusal: OutgoingRefusal) => refuseOutgoing(marketplace, refusal);
  if (text.length > capabilities.maxTextLength) {
    reject({ code: "text_too_long", params: { max: capabilities.maxTextLength, length: text.length } });
  }
  if (text.trim() === "" && files.length === 0) reject({ code: "empty_message" });
  if (files.length === 0) return;
  const rules = capabilities.attachments;
  if (!rules) return reject({ code: "files_not_accepted" });
  if (files.length > rules.maxFilesPerMessage)
    reject({ code: "too_many_files", params: { max: rules.maxFilesPerMessage } });
  let total = 0;
  for (const file of files) {
    total += file.bytes.byteLength;
    if (!rules.mimeTypes.includes(file.mimeType.toLowerCase())) {
      const { fileName, mimeType } = file;
      reject({ code: "file_type", params: { fileName, mimeType, allowed: rules.mimeTypes.join(", ") } });
    }
    if (file.bytes.byteLength > rules.maxFileBytes) {
      reject({ code: "file_too_big", params: { fileName: file.fileName, megabytes: megabytes(rules.maxFileBytes) } });
    }
  }
  if (rules.maxTotalBytes !== null && total > rules.maxTotalBytes) {
    reject({ code: "files_too_big", params: { megabytes: megabytes(rules.maxTotalBytes) } });
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
