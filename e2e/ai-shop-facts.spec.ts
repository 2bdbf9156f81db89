import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The owner writes the shop's delivery terms once (Settings → AI drafts); a fact with a phone number
// is refused with the rule, and a delivery question then gets a draft that states the terms (offline
// drafter: no AI key in e2e).
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
const TERMS = "Отправляем за 1 рабочий день, по Москве доставка 2–3 дня";

test("shop facts: a leaky fact is refused, the delivery terms reach a delivery draft", async ({ page }, testInfo) => {
  // Settings, a buyer message and a draft in one test.
  test.slow();
  await signIn(page);
  await page.goto("/settings/ai");
  const form = page.getByTestId("shop-facts-form");
  const delivery = form.getByLabel("Доставка");
  await delivery.fill(`${TERMS}. Вопросы: 8 916 123-45-67`);
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form.getByTestId("shop-fact-delivery-problems")).toContainText("Номер телефона");
  await expect(form).toContainText("Не сохранено");
  await page.screenshot({ path: testInfo.outputPath("shop-facts-refused.png"), fullPage: true });

  await delivery.fill(TERMS);
  await form.getByRole("button", { name: "Сохранить" }).click();
  await expect(form).toContainText("Сохранено");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(delivery).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("shop-facts-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  const list = await page.request.get("/api/chats?marketplace=ozon&kind=CHAT&view=all&limit=20");
  const { chats } = (await list.json()) as { chats: { id: string }[] };
  const id = chats[4]?.id;
  expect(id, "the demo workspace has Ozon chats").toBeTruthy();
  const chat = (await (await page.request.get(`/api/chats/${id}`)).json()) as { externalId: string };
  const said = await page.request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", chatId: chat.externalId, text: "Сколько дней идёт доставка до Москвы?" },
  });
  expect(said.status()).toBe(201);

  await page.goto(`/inbox?view=all&chat=${id}`);
  await expect(page.getByTestId("thread-messages")).toContainText("Сколько дней идёт доставка до Москвы?");
  const panel = page.getByTestId("draft-panel");
  // Loaded (and hydrated) once it shows a draft or says there is none; a chat waiting for a reply may
  // get its draft by itself.
  await expect(panel.getByTestId("draft-text")).toContainText(/Черновика пока нет|Здравствуйте/);
  await panel.getByRole("button", { name: /^Сгенерировать/ }).click();
  await expect(panel.getByTestId("draft-text")).toContainText("по Москве доставка 2–3 дня");
  await expect(panel.getByTestId("draft-text")).not.toContainText("123-45-67");
});
