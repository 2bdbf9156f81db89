import { env } from "@/lib/env";
import type { NotifyProviderHosts } from "@/lib/notify/providers-config";

/** Where review requests are sent: the server's stand-ins when configured (NOTIFY_*_BASE_URL, RESEND_BASE_URL), else the providers' own hosts. */
export function notifyProviderHosts(): NotifyProviderHosts {
  const e = env();
  return {
    smsRu: e.NOTIFY_SMSRU_BASE_URL,
    metaWhatsapp: e.NOTIFY_META_BASE_URL,
    exolveWhatsapp: e.NOTIFY_EXOLVE_BASE_URL,
    resend: e.RESEND_BASE_URL,
  };
}
