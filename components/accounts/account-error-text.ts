import type { AccountError } from "@/lib/accounts/account-error";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";

/** An account's last error in the page's language; the marketplace's own words stay as it said them. */
export function accountErrorText({
  t,
  error,
  locale,
}: {
  t: Dictionary["accountErrors"];
  error: AccountError;
  locale: string;
}): string {
  const { status, vendorMessage } = error.params;
  return formatMessage(locale, t.codes[error.code] ?? t.codes.internal, {
    status: status ?? "none",
    said: vendorMessage || "none",
  });
}
