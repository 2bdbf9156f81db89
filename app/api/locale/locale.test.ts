import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/locale/route";
import { callRoute } from "@/lib/test/call-route";

const form = (body: string, headers: Record<string, string> = {}) =>
  callRoute(POST, {
    method: "POST",
    url: "http://app.test/api/locale",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
  });

describe("POST /api/locale", () => {
  it("sets the cookie and answers JSON for the script's request", async () => {
    const res = await callRoute(POST, { method: "POST", url: "http://app.test/api/locale", body: { locale: "en" } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ locale: "en" });
    expect(res.headers.get("set-cookie")).toMatch(/^locale=en;/);
  });

  it("sends a plain form post back to the page it came from", async () => {
    const res = await form("locale=en", { referer: "http://app.test/inbox?view=all&chat=c1" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://app.test/inbox?view=all&chat=c1");
    expect(res.headers.get("set-cookie")).toMatch(/^locale=en;/);
  });

  it("never redirects to another site", async () => {
    const res = await form("locale=ru", { referer: "https://evil.example/phish" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://app.test/");
  });

  it("refuses an unknown language with 400 and sets nothing", async () => {
    const res = await form("locale=de", { referer: "http://app.test/inbox" });
    expect(res.status).toBe(400);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});
