import http from "node:http";
import { expect, test, type ConsoleMessage } from "@playwright/test";
import { signIn } from "../helpers";

// The built server's edges: security headers on every answer (Next.js's and the server's own), the
// CSP not breaking the app, no redirect off-site after sign-in, cross-site POSTs refused, and bodies
// over the limit refused without being read in full.

const PORT = Number(process.env.E2E_PORT ?? 3100);

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toContain("script-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
}

test("every kind of answer carries the security headers; HSTS only over https", async ({ request }) => {
  for (const path of ["/sign-in", "/api/health", "/api/chats", "/no-such-page"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(res.headers());
    expect(res.headers()["strict-transport-security"]).toBeUndefined();
  }
  const viaProxy = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(viaProxy.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
  // Answered by the server itself, before Next.js: a marketplace webhook and an oversize body.
  const webhook = await request.post("/api/webhooks/ozon/unknown-secret-1234567890", {
    data: { message_type: "TYPE_PING" },
  });
  expect(webhook.status()).toBe(404);
  expectSecurityHeaders(webhook.headers());
});

test("the app runs under its CSP: sign in, open a chat, no violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page);
  await page.getByTestId("chat-row").first().click();
  await expect(page.getByRole("textbox").last()).toBeVisible();
  expect(violations).toEqual([]);
});

test("sign-in never redirects off-site, whatever callbackUrl says", async ({ page }) => {
  await signIn(page);
  for (const callbackUrl of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)"]) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/inbox`);
  }
});

test("a cross-site text/plain POST does not create an owner invitation; the app's own call does", async ({ page }) => {
  await signIn(page);
  const forged = await page.request.post("/api/invites", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    data: JSON.stringify({ email: "attacker@evil.example", role: "OWNER" }),
  });
  expect(forged.status()).toBe(403);
  const own = await page.request.post("/api/invites", {
    headers: { origin: `http://127.0.0.1:${PORT}` },
    data: { email: "colleague@example.com", role: "OPERATOR" },
  });
  expect(own.status()).toBe(201);
});

/** Sends `total` bytes (chunked when no length is declared) and resolves with the status and the bytes written until it came. */
function sendBody(
  path: string,
  { total, declare }: { total: number; declare: boolean },
): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let done = false;
    const headers: Record<string, string | number> = { "content-type": "application/json" };
    if (declare) headers["content-length"] = total;
    const req = http.request({ host: "127.0.0.1", port: PORT, path, method: "POST", headers }, (res) => {
      done = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, written });
      req.destroy();
    });
    req.on("error", (e: NodeJS.ErrnoException) =>
      done || e.code === "ECONNRESET" || e.code === "EPIPE" ? undefined : reject(e),
    );
    // Cut before an answer came: a failure to report (status 0), not a hang until the test's timeout.
    req.on("close", () => done || resolve({ status: 0, written }));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!done && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

test("an oversize sign-up is refused with 413 long before its 200 MB are sent, declared or chunked", async () => {
  const declared = await sendBody("/api/signup", { total: 200 * 1024 * 1024, declare: true });
  expect(declared.status).toBe(413);
  expect(declared.written).toBeLessThan(50 * 1024 * 1024);
  const chunked = await sendBody("/api/signup", { total: 200 * 1024 * 1024, declare: false });
  expect(chunked.status).toBe(413);
  expect(chunked.written).toBeLessThan(50 * 1024 * 1024);
});
