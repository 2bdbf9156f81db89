import { describe, expect, it, vi } from "vitest";

// /sign-in?callbackUrl=... when already signed in redirects at once: it must never leave the site.
const redirects = vi.hoisted(() => [] as string[]);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    redirects.push(url);
    throw new Error("NEXT_REDIRECT");
  },
}));
vi.mock("@/lib/auth", () => ({ currentMemberPage: async () => ({ userId: "u1", workspaceId: "w1", role: "OWNER" }) }));

const { default: SignInPage } = await import("@/app/sign-in/page");

async function redirectFor(callbackUrl: string): Promise<string> {
  redirects.length = 0;
  await expect(SignInPage({ searchParams: Promise.resolve({ callbackUrl }) })).rejects.toThrow("NEXT_REDIRECT");
  return redirects[0]!;
}

describe("sign-in page with a session", () => {
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)"])(
    "sends %j to the inbox, not off-site",
    async (callbackUrl) => {
      expect(await redirectFor(callbackUrl)).toBe("/inbox");
    },
  );

  it("follows a path of this site", async () => {
    expect(await redirectFor("/settings/team?x=1")).toBe("/settings/team?x=1");
  });
});
