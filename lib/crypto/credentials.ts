import crypto from "node:crypto";
import { decodeKey } from "@/lib/env";

// AES-256-GCM. Stored form: "v1:" + base64(iv[12] | tag[16] | ciphertext). The version prefix lets a
// later key rotation tell old rows from new ones.
const VERSION = "v1";

function keyBuffer(key: string): Buffer {
  const buf = decodeKey(key);
  if (!buf) throw new Error("encryption key must be 32 bytes");
  return buf;
}

export function encryptSecret({ plaintext, key }: { plaintext: string; key: string }): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyBuffer(key), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
}

export function decryptSecret({ ciphertext, key }: { ciphertext: string; key: string }): string {
  const [version, payload] = ciphertext.split(":", 2);
  if (version !== VERSION || !payload) throw new Error("unknown credential format");
  const raw = Buffer.from(payload, "base64");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyBuffer(key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** "abcd…wxyz" for the settings page: enough to recognise a token, not enough to use it. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return "•".repeat(value.length);
  return `${value.slice(0, 4)}…${value.slice(-4)}`;
}
