import type { AccountView } from "@/lib/accounts/account-view";

export type AccountResult = { account: AccountView; warnings: string[] };

/** An API refusal: the server's exposed message plus per-field issues (`credentials.token` ...). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    /** A refusal the server words in both languages (details.ru / details.en). */
    readonly localized: { ru?: string; en?: string } = {},
  ) {
    super(message);
  }
}

export async function callApi<T>(url: string, { method = "GET", body }: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) window.location.href = `/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`;
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(json?.error?.message ?? `HTTP ${res.status}`, json?.error?.issues ?? [], { ru: json?.error?.details?.ru, en: json?.error?.details?.en });
  return json as T;
}
