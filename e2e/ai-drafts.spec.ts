import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// AI drafts that read the conversation (offline drafter: no AI key in e2e). After the seller answered,
// a buyer's "спасибо, жду" gets the «Ответ не нужен» suggestion and N resolves the chat; a 2★ review's
// draft names the buyer's problem in their words.
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;

test("an acknowledgement gets «Ответ не нужен», and the N key resolves the chat", async ({ page }, testInfo) => {
  await signIn(page);
  const list = await page.request.get("/api/chats?marketplace=ozon&kind=CHAT&view=needs_reply&limit=20");
  const { chats } = (await list.json()) as { chats: { id: string }[] };
  const id = chats[2]?.id;
  expect(id, "the demo workspace has Ozon chats waiting for a reply").toBeTruthy();
  const chat = (await (await page.request.get(`/api/chats/${id}`)).json()) as { externalId: string };
  const buyerSays = (text: string) =>
    page.request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
      data: { marketplace: "ozon", chatId: chat.externalId, text },
    });
  expect((await buyerSays("Здравствуйте! Когда отправите заказ?")).status()).toBe(201);

  await page.goto(`/inbox?chat=${id}`);
  const composer = page.locator("#composer-input");
  await composer.fill("Отправим завтра утром, трек появится в приложении Ozon.");
  await composer.press("Control+Enter");
  await expect(page.getByTestId("thread-messages")).toContainText("Отправим завтра утром");

  expect((await buyerSays("спасибо, жду")).status()).toBe(201);
  await expect(page.getByTestId("thread-messages")).toContainText("спасибо, жду");
  const panel = page.getByTestId("draft-panel");
  await panel.getByRole("button", { name: /^Сгенерировать/ }).click();
  const suggestion = panel.getByTestId("draft-no-reply");
  await expect(suggestion).toContainText("Ответ не нужен");
  await expect(panel.getByTestId("draft-text")).not.toContainText("за вопрос");
  await page.screenshot({ path: testInfo.outputPath("no-reply-suggestion.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(suggestion.getByRole("button", { name: /Ответ не нужен/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("no-reply-suggestion-phone.png") });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByTestId("thread-messages").click();
  await page.keyboard.press("n");
  // Shown from the server's answer to the no-reply request: the chat is resolved.
  await expect(page.getByRole("button", { name: "Вернуть в работу" })).toBeVisible();
});

test("a 2★ review draft names the buyer's problem", async ({ page }) => {
  await signIn(page);
  const list = await page.request.get(
    `/api/chats?view=all&kind=REVIEW&q=${encodeURIComponent("Шов разошёлся")}&limit=5`,
  );
  const { chats } = (await list.json()) as { chats: { id: string; rating: number | null }[] };
  const review = chats.find((c) => c.rating === 2);
  expect(review, "the demo workspace has a 2★ review about a seam").toBeTruthy();
  await page.goto(`/inbox?view=all&chat=${review!.id}`);
  const panel = page.getByTestId("draft-panel");
  // The panel has loaded (and hydrated) once it shows a draft or says there is none; a review waiting
  // for an answer may get its draft by itself.
  await expect(panel.getByTestId("draft-text")).toContainText(/Черновика пока нет|Здравствуйте/);
  await panel.getByRole("button", { name: /^Сгенерировать/ }).click();
  await expect(panel.getByTestId("draft-text")).toContainText("шов разошёлся после первой носки");
  await expect(panel.getByTestId("draft-no-reply")).toHaveCount(0);
});
