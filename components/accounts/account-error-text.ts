import type { AccountError } from "@/lib/accounts/account-error";
import type { Dictionary } from "@/lib/i18n/dictionaries";

/** An account's last error in the page's language; the marketplace's own words stay as it said them. */
export function accountErrorText({ t, error }: { t: Dictionary["accountErrors"]; error: AccountError }): string {
  const { status, vendorMessage } = error.params;
  return (t.codes[error.code] ?? t.codes.internal)
    .replace("{status}", status ? ` (${status})` : "")
    .replace("{said}", vendorMessage ? t.said.replace("{text}", vendorMessage) : "");
}
