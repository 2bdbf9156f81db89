import { z } from "zod";

export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, "phone must be E.164, e.g. +79991234567");

/** SMS.ru, Meta and Exolve all want the international number as bare digits, no "+". */
export function toProviderDigits(e164: string): string {
  return e164.slice(1);
}
