import { z } from "zod";

export const reviewRequestTemplatesSchema = z.object({
  sms: z.string().min(1).max(1_000),
  whatsapp: z.string().min(1).max(4_000),
  emailSubject: z.string().min(1).max(200),
  emailBody: z.string().min(1).max(10_000),
});
export type ReviewRequestTemplates = z.infer<typeof reviewRequestTemplatesSchema>;

// Neutral wording that fits a delivery, a salon visit and a closed deal alike. The SMS stays
// short: Cyrillic SMS are billed per 70 characters (67 per part once split).
export const DEFAULT_TEMPLATES: ReviewRequestTemplates = {
  sms: "Спасибо, что выбрали {{businessName}}! Оцените нас: {{reviewLink}}",
  whatsapp:
    "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! Спасибо, что выбрали {{businessName}}. " +
    "Нам очень важно ваше мнение — пожалуйста, оставьте отзыв: {{reviewLink}}",
  emailSubject: "Как вам {{businessName}}? Оставьте отзыв",
  emailBody:
    "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}!\n\n" +
    "Спасибо, что выбрали {{businessName}}. Расскажите, как всё прошло: это займёт минуту и очень нам поможет.\n\n" +
    "Оставить отзыв: {{reviewLink}}\n\n" +
    "С уважением,\n{{businessName}}",
};
