import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// What the marketplaces tell about a conversation besides new messages: an Ozon buyer's edit (pushed by
// the simulator as TYPE_UPDATE_MESSAGE to the demo account's webhook URL) and an Amazon buyer's language.
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
const APP_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;

test("an Ozon buyer's edit shows the new text, «изменено» with the time, and the text before", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page);
  const hook = await request.post(`${SIMULATOR_URL}/_sim/webhooks`, {
    data: { marketplace: "ozon", url: `${APP_URL}/api/webhooks/ozon/demo-ozon` },
  });
  expect(hook.status()).toBe(204);
  const { chats } = (await (await page.request.get("/api/chats?marketplace=ozon&view=all&limit=20")).json()) as {
    chats: { id: string }[];
  };
  const id = chats.at(-1)?.id;
  expect(id, "the demo workspace has Ozon chats").toBeTruthy();
  const chat = (await (await page.request.get(`/api/chats/${id}`)).json()) as { externalId: string };
  const before = `Размер 42 подойдёт? ${Date.now()}`;
  const after = before.replace("42", "44");
  const injected = await request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", chatId: chat.externalId, text: before },
  });
  expect(injected.status()).toBe(201);
  const { messageId } = (await injected.json()) as { messageId: string };
  await page.goto(`/inbox?chat=${id}`);
  const thread = page.getByTestId("thread-messages");
  await expect(thread).toContainText(before);

  const edit = await request.post(`${SIMULATOR_URL}/_sim/ozon-edits`, {
    data: { chatId: chat.externalId, messageId, text: after },
  });
  expect(edit.status()).toBe(201);
  const bubble = thread.locator("li", { hasText: after });
  await expect(bubble).toBeVisible();
  await expect(bubble.getByTestId("message-edited")).toContainText(/изменено \d{1,2}:\d{2}/);
  await bubble.getByTestId("message-original").getByText("Было до изменения").click();
  await expect(bubble.getByTestId("message-original")).toContainText(before);
  await page.screenshot({ path: testInfo.outputPath("ozon-edited-message.png"), fullPage: true });
});

test("an Amazon thread names the buyer's language", async ({ page }, testInfo) => {
  await signIn(page);
  const { chats } = (await (await page.request.get("/api/chats?marketplace=amazon&view=all&limit=50")).json()) as {
    chats: { id: string }[];
  };
  let german: string | null = null;
  for (const c of chats) {
    const detail = (await (await page.request.get(`/api/chats/${c.id}`)).json()) as { buyerLocale: string | null };
    if (detail.buyerLocale === "de-DE") {
      german = c.id;
      break;
    }
  }
  expect(german, "the demo has an Amazon chat with a German-speaking buyer").toBeTruthy();
  await page.goto(`/inbox?chat=${german}`);
  await expect(page.getByTestId("buyer-language")).toHaveText("Язык покупателя: немецкий");
  await page.screenshot({ path: testInfo.outputPath("amazon-buyer-language.png"), fullPage: true });
});
