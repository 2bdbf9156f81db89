import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { SPECS_DIR } from "@/lib/marketplaces/contract/read-spec-file";

// The contract tests judge against copies of the official spec files kept in the repo (so CI needs nothing
// else). Where the shared originals sit beside the repo (../shared/marketplace-apis, as on CI and the
// developers' machines), the copies must be byte-for-byte the same: a spec update is copied here, never edited.

const SHARED = [
  path.resolve(process.cwd(), "..", "shared", "marketplace-apis"),
  path.resolve(process.cwd(), "..", "..", "shared", "marketplace-apis"),
].find((dir) => existsSync(dir));

describe("spec copies", () => {
  const copies = readdirSync(SPECS_DIR).sort();

  it("hold every spec file the contract tests read", () => {
    expect(copies).toEqual(
      [
        "amazon-sp-api-messaging-v1.json",
        "avito-auth.json",
        "avito-messenger.json",
        "ozon-seller-api-chat-subset.json",
        "wildberries-09-communications.yaml",
        "yandex-market-notification-api.yaml",
        "yandex-market-partner-api-chats-feedback.yaml",
      ].sort(),
    );
  });

  it.skipIf(!SHARED)("are identical to the shared originals", () => {
    const originals = readdirSync(SHARED!)
      .filter((f) => /\.(json|yaml)$/.test(f))
      .sort();
    expect(originals).toEqual(copies);
    for (const file of copies)
      expect(readFileSync(path.join(SPECS_DIR, file)).equals(readFileSync(path.join(SHARED!, file))), file).toBe(true);
  });
});
