import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// The live inbox: two operators on one chat see each other there (and typing), and a buyer message
// pushed to the webhook appears in both open inboxes within a second, with no polling while the
// stream is up.
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
const OPERATOR = { email: "operator@agentiq.local", password: "demo12345" };

/**
 * The inbox's data requests and the live stream's changes, as the browser saw them (Chromium's DevTools
 * protocol): a request with no change just before it would be polling.
 */
async function watchInbox(page: Page) {
  const changes: number[] = [];
  const requests: { at: number; path: string }[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  cdp.on("Network.eventSourceMessageReceived", (e) => {
    if (e.eventName === "change") changes.push(Date.now());
  });
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (r.method() === "GET" && path.startsWith("/api/chats")) requests.push({ at: Date.now(), path });
  });
  return {
    changes,
    /** Requests since `from` that no change of the stream explains. */
    polls: (from: number) =>
      requests.filter((r) => r.at >= from && !changes.some((c) => c <= r.at && r.at - c < 2_000)),
  };
}

test("two operators see each other in a chat, and a buyer message appears in both within a second", async ({
  browser,
  request,
}, testInfo) => {
  const ownerContext = await browser.newContext();
  const operatorContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const operator = await operatorContext.newPage();
  await signIn(owner);
  await signIn(operator, OPERATOR);

  const { chats } = (await (await owner.request.get("/api/chats?marketplace=ozon&view=all&limit=5")).json()) as {
    chats: { id: string; externalId?: string }[];
  };
  const id = chats[0]?.id;
  expect(id, "the demo workspace has Ozon chats").toBeTruthy();
  const chat = (await (await owner.request.get(`/api/chats/${id}`)).json()) as { externalId: string };

  const ownerWatch = await watchInbox(owner);
  const operatorWatch = await watchInbox(operator);
  await owner.goto(`/inbox?view=all&marketplace=ozon&chat=${id}`);
  await operator.goto(`/inbox?view=all&marketplace=ozon&chat=${id}`);
  await expect(owner.getByTestId("thread-title")).toBeVisible();
  await expect(operator.getByTestId("thread-title")).toBeVisible();

  // Presence, both ways: the thread says who else is here, the list marks the chat.
  await expect(owner.getByTestId("thread-presence")).toContainText("Олег Операторов");
  await expect(operator.getByTestId("thread-presence")).toContainText("Мария Демидова");
  await expect(owner.locator(`[data-chat-id="${id}"]`).getByTestId("row-presence")).toBeVisible();

  // Typing shows on the other side.
  await operator.locator("#composer-input").pressSequentially("Сейчас проверю", { delay: 20 });
  await expect(owner.getByTestId("presence-typing")).toContainText("Олег Операторов печатает");
  await owner.screenshot({ path: testInfo.outputPath("live-presence-owner.png") });

  // The open inboxes do not poll while the stream is up: whatever they fetch follows a change.
  const idleFrom = Date.now();
  await owner.waitForTimeout(5_000);
  expect(ownerWatch.polls(idleFrom), "owner's inbox polled").toEqual([]);
  expect(operatorWatch.polls(idleFrom), "operator's inbox polled").toEqual([]);

  const text = `Где мой заказ? ${Date.now()}`;
  const injected = await request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", chatId: chat.externalId, text },
  });
  expect(injected.status(), `simulator at ${SIMULATOR_URL}`).toBe(201);
  const pushedAt = Date.now();
  const changesBefore = ownerWatch.changes.length;
  await Promise.all([
    expect(owner.getByTestId("thread-messages")).toContainText(text, { timeout: 1_000 }),
    expect(operator.getByTestId("thread-messages")).toContainText(text, { timeout: 1_000 }),
  ]);
  const shown = Date.now() - pushedAt;
  const firstChange = (ownerWatch.changes[changesBefore] ?? NaN) - pushedAt;
  testInfo.annotations.push({
    type: "latency",
    description: `the owner's stream had a change ${firstChange} ms after the push; the message was on both screens after ${shown} ms`,
  });
  console.log(`live: change after ${firstChange} ms, on both screens after ${shown} ms`);
  await expect(owner.locator(`[data-chat-id="${id}"]`)).toContainText(text.slice(0, 20));
  await operator.screenshot({ path: testInfo.outputPath("live-message-operator.png") });

  // Leaving the chat clears the other side's presence line.
  await operator.goto("/inbox?view=all&marketplace=ozon");
  await expect(owner.getByTestId("thread-presence")).toHaveCount(0);
  await ownerContext.close();
  await operatorContext.close();
});
