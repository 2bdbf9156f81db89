import type { ReviewRequestTemplates } from "@/lib/review-requests/default-templates";
import { DEFAULT_TEMPLATES, reviewRequestTemplatesSchema } from "@/lib/review-requests/default-templates";
import type { TemplateVariableName, TemplateVariables } from "@/lib/review-requests/render-template";
import { renderTemplate } from "@/lib/review-requests/render-template";

export type RenderedReviewRequest = {
  sms: { text: string; segments: number; encoding: "GSM-7" | "UCS-2" };
  whatsapp: { text: string };
  email: { subject: string; text: string; html: string };
  unknownVariables: string[];
  missingVariables: TemplateVariableName[];
};

/**
 * Renders every channel's message from the workspace's templates (Russian defaults for any not
 * set). Used both for the settings preview and right before sending, so what the operator
 * previews is what the customer gets.
 */
export function renderReviewRequest({
  templates,
  variables,
}: {
  templates?: Partial<ReviewRequestTemplates>;
  variables: TemplateVariables;
}): RenderedReviewRequest {
  const merged = reviewRequestTemplatesSchema.parse({ ...DEFAULT_TEMPLATES, ...stripEmpty(templates ?? {}) });
  const sms = renderTemplate({ template: merged.sms, variables });
  const whatsapp = renderTemplate({ template: merged.whatsapp, variables });
  const subject = renderTemplate({ template: merged.emailSubject, variables });
  const body = renderTemplate({ template: merged.emailBody, variables });
  const all = [sms, whatsapp, subject, body];
  const smsText = sms.text.trim();

  return {
    sms: { text: smsText, ...countSmsSegments(smsText) },
    whatsapp: { text: whatsapp.text.trim() },
    email: {
      subject: subject.text.replace(/\s+/g, " ").trim(),
      text: body.text.trim(),
      html: textToHtml({ text: body.text.trim(), link: variables.reviewLink?.trim() }),
    },
    unknownVariables: [...new Set(all.flatMap((part) => part.unknownVariables))],
    missingVariables: [...new Set(all.flatMap((part) => part.missingVariables))],
  };
}

function stripEmpty(templates: Partial<ReviewRequestTemplates>): Partial<ReviewRequestTemplates> {
  return Object.fromEntries(
    Object.entries(templates).filter(([, value]) => typeof value === "string" && value.trim() !== ""),
  );
}

// GSM 03.38 basic set plus the extension table (extension characters cost two septets).
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€\f";

export function countSmsSegments(text: string): { segments: number; encoding: "GSM-7" | "UCS-2" } {
  const chars = [...text];
  const isGsm = chars.every((char) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char));
  if (isGsm) {
    const septets = chars.reduce((sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1), 0);
    return { encoding: "GSM-7", segments: septets === 0 ? 0 : septets <= 160 ? 1 : Math.ceil(septets / 153) };
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  const units = text.length;
  return { encoding: "UCS-2", segments: units === 0 ? 0 : units <= 70 ? 1 : Math.ceil(units / 67) };
}

// The email body template is plain text: everything is escaped, then the review link (already
// validated as http/https by renderTemplate) becomes the only anchor.
function textToHtml({ text, link }: { text: string; link?: string }): string {
  let html = escapeHtml(text);
  if (link && /^https?:\/\//i.test(link) && text.includes(link)) {
    const escapedLink = escapeHtml(link);
    html = html.split(escapedLink).join(`<a href="${escapedLink}">${escapedLink}</a>`);
  }
  const paragraphs = html.split(/\n{2,}/).map((part) => `<p>${part.replace(/\n/g, "<br>")}</p>`);
  return paragraphs.join("\n");
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
