import { accountEmail } from "@/lib/auth/account-email";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";

/** The sign-in link, in the member's language (Russian for an address without an account). */
export async function sendMagicLink({ email, url }: { email: string; url: string }): Promise<void> {
  const user = await prisma().user.findUnique({ where: { email }, select: { locale: true } });
  const result = await sendEmail({
    to: email,
    ...accountEmail({ kind: "signInLink", locale: user?.locale, values: { link: url } }),
  });
  if (!result.sent)
    throw new AppError("upstream", `Could not send the sign-in email: ${result.reason}`, {
      expose: env().NODE_ENV !== "production",
    });
}
