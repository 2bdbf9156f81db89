// Part of npm run bench:realtime: the idle cost of one open inbox with a chat open, in Chromium. Requests
// a minute with the live stream up, and with /api/events blocked (the client then falls back to its
// polling safety net), measured the same way in the same run.
import { chromium, type Page } from "@playwright/test";
import { chromiumPath } from "./chromium-path.mjs";

async function countRequests(page: Page, seconds: number) {
  const seen: string[] = [];
  const onRequest = (r: { url(): string }) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith("/api/")) seen.push(u.pathname);
  };
  page.on("request", onRequest);
  await page.waitForTimeout(seconds * 1000);
  page.off("request", onRequest);
  return seen;
}

export async function measureIdleInbox({ url, token, chatId, seconds }: { url: string; token: string; chatId: string; seconds: number }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const run = async (blockStream: boolean) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "next-auth.session-token", value: token, url }]);
      const page = await context.newPage();
      if (blockStream) await page.route("**/api/events**", (route) => route.abort());
      await page.goto(`${url}/inbox?view=all&chat=${chatId}`);
      await page.getByTestId("thread-title").waitFor();
      // Start-up requests (lists, thread, first presence beat) settle first.
      await page.waitForTimeout(5_000);
      const seen = await countRequests(page, seconds);
      await context.close();
      const streams = seen.filter((p) => p === "/api/events").length;
      const other = seen.filter((p) => p !== "/api/events");
      const perMinute = (other.length * 60) / seconds;
      const kinds = [...new Set(other)].map((p) => `${p.replace(/\/c[a-z0-9]{20,}/g, "/[id]")} x${other.filter((o) => o === p).length}`).join(", ");
      return { perMinute, streams, kinds };
    };
    const live = await run(false);
    const polling = await run(true);
    console.log(`\n== idle inbox with a chat open, Chromium, ${seconds} s each`);
    console.log(`baseline: stream blocked (polling safety net): ${polling.perMinute.toFixed(1)} requests/min  [${polling.kinds || "none"}]`);
    console.log(`live stream: ${live.perMinute.toFixed(1)} requests/min plus the stream (${live.streams} new stream connections)  [${live.kinds || "none"}]  ${live.perMinute <= 2 ? "(target <= 2: ok)" : "(target <= 2: MISSED)"}`);
    console.log("(before the stream the inbox polled the list, counts, chat, messages, notes, case and scheduled messages every 3 s: 140 requests/min)");
  } finally {
    await browser.close();
  }
}
