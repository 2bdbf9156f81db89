import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, maskSecret } from "@/lib/crypto/credentials";

const key = crypto.randomBytes(32).toString("base64");

describe("credential encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const plaintext = JSON.stringify({ token: "wb-secret-token-123" });
    const ciphertext = encryptSecret({ plaintext, key });
    expect(ciphertext).not.toContain("wb-secret");
    expect(ciphertext.startsWith("v1:")).toBe(true);
    expect(decryptSecret({ ciphertext, key })).toBe(plaintext);
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret({ plaintext: "x", key })).not.toBe(encryptSecret({ plaintext: "x", key }));
  });

  it("rejects a wrong key and a tampered ciphertext", () => {
    const ciphertext = encryptSecret({ plaintext: "secret", key });
    const other = crypto.randomBytes(32).toString("hex");
    expect(() => decryptSecret({ ciphertext, key: other })).toThrow();
    const raw = Buffer.from(ciphertext.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptSecret({ ciphertext: `v1:${raw.toString("base64")}`, key })).toThrow();
  });

  it("masks secrets", () => {
    expect(maskSecret("abcdefghijklmnop")).toBe("abcd…mnop");
    expect(maskSecret("short")).toBe("•••••");
  });
});
