import { describe, expect, it } from "vitest";
import { sameOriginRedirect, safeCallbackPath } from "@/lib/auth/safe-callback-path";

describe("safeCallbackPath", () => {
  it.each([
    "//evil.example",
    "//evil.example/inbox",
    "/\\evil.example",
    "/\\/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\t/evil.example",
    "/inbox\\..\\",
    "",
    undefined,
    42,
  ])("refuses %j and falls back to the inbox", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/inbox");
  });

  it("keeps a path of this site, with its query and hash", () => {
    expect(safeCallbackPath("/inbox?chat=c1&filter=open#m2")).toBe("/inbox?chat=c1&filter=open#m2");
    expect(safeCallbackPath("/settings/team")).toBe("/settings/team");
    expect(safeCallbackPath("/a/../settings")).toBe("/settings");
  });
});

describe("next-auth's redirect callback", () => {
  const baseUrl = "https://inbox.example.ru";
  it("sends relative paths and our own URLs to this origin", async () => {
    expect(await sameOriginRedirect({ url: "/inbox?chat=1", baseUrl })).toBe("https://inbox.example.ru/inbox?chat=1");
    expect(await sameOriginRedirect({ url: "https://inbox.example.ru/settings", baseUrl })).toBe(
      "https://inbox.example.ru/settings",
    );
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/x",
    "https://inbox.example.ru.evil.example/",
    "javascript:alert(1)",
    "http://inbox.example.ru/",
  ])("keeps %j on this site", async (url) => {
    const target = new URL(await sameOriginRedirect({ url, baseUrl }));
    expect(target.origin).toBe(baseUrl);
    expect(target.pathname).toBe("/inbox");
  });
});
