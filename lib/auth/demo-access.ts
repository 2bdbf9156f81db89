import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { DEMO_LOGIN } from "@/lib/auth/demo-logins";

/** This instance is a demo (DEMO_WORKSPACE): every page shows the demo banner. */
export function isDemoInstance(): boolean {
  return env().DEMO_WORKSPACE;
}

/**
 * The demo login is public (it is in the README). It is offered on the sign-in page only on a demo
 * instance (DEMO_WORKSPACE) whose demo workspace exists, and used automatically only when
 * DEMO_AUTO_SIGNIN is on (`npm run dev`) and this browser has not signed out on purpose (`signedOut`).
 */
export async function demoAccess({ signedOut = false }: { signedOut?: boolean } = {}): Promise<{
  email: string;
  password: string;
  auto: boolean;
} | null> {
  if (!env().DEMO_WORKSPACE) return null;
  const demo = await prisma().workspace.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (!demo) return null;
  return { ...DEMO_LOGIN, auto: env().DEMO_AUTO_SIGNIN && !signedOut };
}
