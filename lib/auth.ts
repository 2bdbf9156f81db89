import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers/index";
import { getServerSession } from "next-auth/next";
import { redirect } from "next/navigation";
import { credentialsSchema } from "@/lib/auth/credentials-schema";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { findMember, tokenSessionVersion, type Member } from "@/lib/auth/find-member";
import { sendMagicLink } from "@/lib/auth/send-magic-link";
import { sameOriginRedirect } from "@/lib/auth/safe-callback-path";

// The Prisma adapter addresses the next-auth models as `account`, `session`, `user`,
// `verificationToken`; ours names the first one AuthAccount to keep "account" for marketplaces.
function adapter(): Adapter {
  const client = prisma();
  const facade = new Proxy(client, {
    get: (target, prop) => (prop === "account" ? target.authAccount : Reflect.get(target, prop)),
  });
  return PrismaAdapter(facade as never);
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    adapter: adapter(),
    // Credentials sign-in needs JWT sessions; the workspace is re-checked against the database per request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in?sent=1", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const { email } = parsed.data;
          const user = await prisma().user.findUnique({ where: { email } });
          if (!(await verifyPasswordOrDummy({ password: parsed.data.password, hash: user?.passwordHash }))) return null;
          if (!user) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...(e.RESEND_API_KEY
        ? [
            {
              id: "email",
              type: "email" as const,
              name: "Email",
              server: null,
              from: e.EMAIL_FROM,
              maxAge: 24 * 3600,
              options: {},
              normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
              sendVerificationRequest: ({ identifier, url }: { identifier: string; url: string }) =>
                sendMagicLink({ email: identifier, url }),
              // next-auth's own EmailProvider pulls in nodemailer; an email provider object with our
              // own sender (Resend over HTTP) needs no SMTP library. Its declared type does, hence the cast.
            } as unknown as Provider,
          ]
        : []),
    ],
    callbacks: {
      // callbackUrl comes from links anyone can write: only paths of this site.
      redirect: sameOriginRedirect,
      async jwt({ token, user }) {
        if (user) {
          const member = await findMember({ userId: user.id });
          token.workspaceId = member?.workspaceId;
          // The session lasts only while the user's session version stays what it was at sign-in.
          const row = await prisma().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          userId: token.sub,
          workspaceId: token.workspaceId,
          sessionVersion: tokenSessionVersion(token),
        };
      },
    },
  };
}

/** For server components: the signed-in member, or null (no session, or one that has been ended). */
export async function currentMemberPage(): Promise<Member | null> {
  const session = (await getServerSession(authOptions())) as {
    userId?: string;
    workspaceId?: string;
    sessionVersion?: number;
  } | null;
  if (!session?.userId) return null;
  return findMember({
    userId: session.userId,
    workspaceId: session.workspaceId,
    sessionVersion: session.sessionVersion ?? 0,
  });
}

/** For server components: the signed-in member, or a redirect to sign-in. */
export async function requireMemberPage(): Promise<Member> {
  const member = await currentMemberPage();
  if (!member) redirect("/sign-in");
  return member;
}
