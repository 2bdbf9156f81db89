import { describe, expect, it } from "vitest";
import { credentialFields, credentialsHint } from "@/lib/accounts/credential-fields";
import { SIM_DEMO_CREDENTIALS } from "@/lib/marketplaces/simulator/demo-credentials";

describe("credentialFields", () => {
  it("derives the connect form from the credentials schema, with the marketplace's help in the member's language", () => {
    expect(credentialFields({ marketplace: "wildberries", locale: "ru" })).toEqual([
      {
        name: "token",
        required: true,
        secret: true,
        options: null,
        help: expect.stringContaining("API-токен из раздела «Доступ к API»"),
      },
    ]);
    expect(credentialFields({ marketplace: "wildberries", locale: "en" })[0]!.help).toMatch(
      /^The API token from «Доступ к API»/,
    );
    expect(credentialFields({ marketplace: "ozon", locale: "en" }).map((f) => [f.name, f.secret])).toEqual([
      ["clientId", false],
      ["apiKey", true],
    ]);
    expect(credentialFields({ marketplace: "amazon", locale: "ru" }).find((f) => f.name === "region")).toMatchObject({
      options: ["na", "eu", "fe"],
      secret: false,
    });
  });

  it("leaves Avito's refresh token to the OAuth flow and marks user_id optional", () => {
    const avito = credentialFields({ marketplace: "avito", locale: "ru" });
    expect(avito.map((f) => f.name)).toEqual(["clientId", "clientSecret", "userId"]);
    expect(avito.find((f) => f.name === "userId")!.required).toBe(false);
  });
});

describe("credentialsHint", () => {
  it("masks the first secret field", () => {
    expect(credentialsHint({ marketplace: "wildberries", credentials: SIM_DEMO_CREDENTIALS.wildberries })).toBe(
      "sim-…6789",
    );
    expect(credentialsHint({ marketplace: "ozon", credentials: SIM_DEMO_CREDENTIALS.ozon })).toBe("sim-…0123");
    expect(credentialsHint({ marketplace: "avito", credentials: SIM_DEMO_CREDENTIALS.avito })).toBe("sim-…cret");
  });
});
