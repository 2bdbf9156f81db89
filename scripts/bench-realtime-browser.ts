// Part of npm run bench:realtime: the idle cost of one open inbox with a chat open, in Chromium. The page's
// first load (until the thread shows and no request has been in flight for QUIET_MS) is counted apart
// from the idle minute after it; requests a minute while idle with the live stream up, and with
// /api/events blocked (the client then falls back to its polling safety net), measured the same way in
// the same run.
import { chromium, type Page, type Request } from "@playwright/test";
import { chromiumPath } from "./chromium-path.mjs";

// Start-up requests (lists, thread, first presence beat, read-marking and its echo) are over once none
// has been in flight for this long (on a loaded machine they take longer than any fixed wait).
const QUIET_MS = 3_000;
const SETTLE_MAX_MS = 30_000;

const label = (path: string) => path.replace(/\/c[a-z0-9]{20,}/g, "/[id]");
const tally = (paths: string[]) =>
  [...new Set(paths)].map((p) => `${p} x${paths.filter((o) => o === p).length}`).join(", ") || "none";

/** Whether no page request (the live stream aside: it never ends) has been in flight for `ms`. */
function trackQuiet(page: Page) {
  const inFlight = new Set<Request>();
  let lastActivity = performance.now();
  const counts = (r: Request) => !new URL(r.url()).pathname.startsWith("/api/events");
  page.on("request", (r) => {
    if (!counts(r)) return;
    inFlight.add(r);
    lastActivity = performance.now();
  });
  const done = (r: Request) => {
    if (inFlight.delete(r)) lastActivity = performance.now();
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return { since: (ms: number) => inFlight.size === 0 && performance.now() - lastActivity >= ms };
}

export async function measureIdleInbox({
  url,
  token,
  chatId,
  seconds,
}: {
  url: string;
  token: string;
  chatId: string;
  seconds: number;
}) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const run = async (blockStream: boolean) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "next-auth.session-token", value: token, url }]);
      const page = await context.newPage();
      if (blockStream) await page.route("**/api/events**", (route) => route.abort());
      const seen: { at: number; path: string }[] = [];
      const quiet = trackQuiet(page);
      page.on("request", (r: Request) => {
        const u = new URL(r.url());
        if (u.pathname.startsWith("/api/"))
          seen.push({
            at: performance.now(),
            path: `${r.method() === "GET" ? "" : `${r.method()} `}${label(u.pathname)}`,
          });
      });
      const startedAt = performance.now();
      await page.goto(`${url}/inbox?view=all&chat=${chatId}`);
      await page.getByTestId("thread-title").waitFor();
      while (!quiet.since(QUIET_MS) && performance.now() - startedAt < SETTLE_MAX_MS) await page.waitForTimeout(250);
      const idleFrom = performance.now();
      await page.waitForTimeout(seconds * 1000);
      await context.close();
      const loading = seen.filter((s) => s.at < idleFrom && s.path !== "/api/events");
      const firstLoad = loading.map((s) => s.path);
      const idle = seen.filter((s) => s.at >= idleFrom && s.at < idleFrom + seconds * 1000);
      const other = idle.filter((s) => s.path !== "/api/events");
      return {
        firstLoad,
        settleSeconds: (idleFrom - startedAt) / 1000,
        firstLoadTimeline: loading.map((s) => `${((s.at - startedAt) / 1000).toFixed(1)}s ${s.path}`).join(", "),
        perMinute: (other.length * 60) / seconds,
        streams: idle.length - other.length,
        kinds: tally(other.map((s) => s.path)),
        timeline: other.map((s) => `+${((s.at - idleFrom) / 1000).toFixed(1)}s ${s.path}`).join(", ") || "none",
      };
    };
    const live = await run(false);
    const polling = await run(true);
    console.log(
      `\n== idle inbox with a chat open, Chromium: first load (until the thread shows and no request for ${QUIET_MS / 1000} s), then ${seconds} s idle`,
    );
    console.log(
      `first load: ${live.firstLoad.length} requests in ${live.settleSeconds.toFixed(1)} s [${tally(live.firstLoad)}]`,
    );
    console.log(`first load in order: ${live.firstLoadTimeline}`);
    console.log(
      `baseline: stream blocked (polling safety net): ${polling.perMinute.toFixed(1)} requests/min idle  [${polling.kinds}]`,
    );
    console.log(
      `live stream: ${live.perMinute.toFixed(1)} requests/min idle plus the stream (${live.streams} new stream connections)  [${live.kinds}]  ${live.perMinute <= 2 ? "(target <= 2: ok)" : "(target <= 2: MISSED)"}`,
    );
    console.log(`live stream, idle requests in order: ${live.timeline}`);
    console.log(
      "(before the stream the inbox polled the list, counts, chat, messages, notes, case and scheduled messages every 3 s: 140 requests/min)",
    );
  } finally {
    await browser.close();
  }
}
