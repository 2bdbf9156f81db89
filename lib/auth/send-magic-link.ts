import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";

export async function sendMagicLink({ email, url }: { email: string; url: string }): Promise<void> {
  const result = await sendEmail({
    to: email,
    subject: "Вход в AgentIQ Inbox",
    text: `Чтобы войти в AgentIQ Inbox, откройте ссылку:\n${url}\n\nСсылка действует 24 часа. Если вы не запрашивали вход, просто удалите это письмо.`,
  });
  if (!result.sent)
    throw new AppError("upstream", `Could not send the sign-in email: ${result.reason}`, {
      expose: env().NODE_ENV !== "production",
    });
}
