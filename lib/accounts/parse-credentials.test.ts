import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseCredentials } from "@/lib/accounts/parse-credentials";
import { dictionaries } from "@/lib/i18n/dictionaries";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

// The connect form's field issues are codes the page words in the member's language, never Russian text.
const BAD: [Marketplace, Record<string, string>][] = [
  ["wildberries", { token: "short" }],
  ["ozon", { clientId: "abc", apiKey: "short" }],
  ["yandex_market", { apiKey: "short", businessId: "abc" }],
  ["avito", { clientId: "a", clientSecret: "b", userId: "profile" }],
  ["amazon", { refreshToken: "token", clientId: "c", clientSecret: "s", marketplaceId: "us", region: "na" }],
];

function issues(marketplace: Marketplace, input: Record<string, string>) {
  try {
    parseCredentials({ marketplace, input });
  } catch (error) {
    if (error instanceof z.ZodError) return error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  }
  throw new Error(`${marketplace}: the bad input was accepted`);
}

describe("the credentials' field issues", () => {
  it.each(BAD)("%s: codes with words in both languages", (marketplace, input) => {
    const all = issues(marketplace, input);
    for (const { message } of all) expect(message).not.toMatch(/[А-Яа-яЁё]/);
    const coded = all.filter((i) => i.message in dictionaries.ru.accounts.issues);
    expect(coded.length).toBeGreaterThan(0);
    for (const { message } of coded) expect(dictionaries.en.accounts.issues[message]).toBeTruthy();
  });

  it("names the field a number belongs in", () => {
    expect(issues("avito", { clientId: "client", clientSecret: "secret", userId: "profile" })).toEqual([
      { path: "credentials.userId", message: "digits_only" },
    ]);
  });
});
