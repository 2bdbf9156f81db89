import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// Replying from the inbox against the marketplace simulator the e2e server runs (scripts/e2e-server.mjs
// starts it on E2E_SIMULATOR_PORT and gives the app its URL as SIMULATOR_URL): insert the AI draft,
// edit it, send it and find it among what the simulator received; a moderation rejection shows the
// marketplace's reason and keeps the text.
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;

type SentRecord = { marketplace: string; kind: string; chatId: string | null; text: string | null };

async function sentToSimulator(request: APIRequestContext, chatExternalId: string): Promise<SentRecord[]> {
  const res = await request.get(`${SIMULATOR_URL}/_sim/sent?marketplace=ozon`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as SentRecord[]).filter((s) => s.chatId === chatExternalId);
}

/** An Ozon demo chat waiting for a reply, made known to the simulator by a buyer message in it. */
async function openOzonChat(page: Page, skip = 0): Promise<{ id: string; externalId: string }> {
  const list = await page.request.get("/api/chats?marketplace=ozon&view=needs_reply&limit=20");
  expect(list.ok()).toBe(true);
  const { chats } = (await list.json()) as { chats: { id: string }[] };
  const id = chats[skip]?.id;
  expect(id, "the demo workspace has Ozon chats waiting for a reply").toBeTruthy();
  const chat = (await (await page.request.get(`/api/chats/${id}`)).json()) as { externalId: string };
  const injected = await page.request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", chatId: chat.externalId, text: "Здравствуйте! Когда отправите заказ?" },
  });
  expect(injected.status(), `simulator at ${SIMULATOR_URL}`).toBe(201);
  await page.goto(`/inbox?chat=${id}`);
  await expect(page.getByTestId("thread-messages").locator("li").first()).toBeVisible();
  return { id: id!, externalId: chat.externalId };
}

test.beforeEach(async ({ request }) => {
  await request.delete(`${SIMULATOR_URL}/_sim/faults`);
});

test("an operator inserts the AI draft, edits it and sends it to the marketplace", async ({ page }, testInfo) => {
  await signIn(page);
  const chat = await openOzonChat(page);
  const panel = page.getByTestId("draft-panel");
  const composer = page.locator("#composer-input");
  await expect(page.getByLabel("Ответ покупателю")).toBeVisible();

  // No AI key in the e2e environment: the offline drafter writes the draft.
  await panel.getByRole("button", { name: /^Сгенерировать/ }).click();
  await expect(panel.getByTestId("draft-text")).toContainText("Здравствуйте");
  await expect(panel.getByTestId("draft-meta")).toContainText("Офлайн-шаблон");
  const draft = (await panel.getByTestId("draft-text").innerText()).trim();

  await panel.getByRole("button", { name: "Вставить" }).click();
  await expect(composer).toHaveValue(draft);
  await expect(composer).toBeFocused();
  const addition = " Заказ передадим в доставку сегодня.";
  await page.keyboard.press("Control+End");
  await page.keyboard.type(addition);
  const edited = draft + addition;
  await expect(composer).toHaveValue(edited);
  await expect(page.getByTestId("composer-counter")).toHaveText(`${[...edited].length} / 1000`);
  await page.screenshot({ path: testInfo.outputPath("composer-with-draft.png"), fullPage: true });

  await composer.press("Control+Enter");
  // Optimistic: the reply is in the thread before the marketplace has answered, and the composer is free.
  await expect(page.getByTestId("thread-messages")).toContainText("Заказ передадим в доставку сегодня.");
  await expect(composer).toHaveValue("");
  await expect
    .poll(async () => (await sentToSimulator(page.request, chat.externalId)).map((s) => s.text))
    .toContain(edited);
  await expect(page.getByTestId("failed-reply")).toHaveCount(0);
  // The saved draft is dropped once the marketplace has accepted the reply.
  await expect
    .poll(() => page.evaluate((id) => window.localStorage.getItem(`agentiq.composer.v1:${id}`), chat.id))
    .toBeNull();
});

test("a moderation rejection shows the marketplace's reason, keeps the text, and retry sends it", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page);
  const chat = await openOzonChat(page, 1);
  const composer = page.locator("#composer-input");
  const reason = "Сообщение не прошло модерацию: подозрение на рекламу";
  const fault = await request.post(`${SIMULATOR_URL}/_sim/faults`, {
    data: { prefix: "/ozon", path: "/send/message", kind: "moderation", message: reason },
  });
  expect(fault.status()).toBe(201);

  const text = "Спасибо за заказ! Мы уже собираем его.";
  await composer.fill(text);
  const before = (await sentToSimulator(request, chat.externalId)).length;
  await composer.press("Control+Enter");
  const failed = page.getByTestId("failed-reply");
  await expect(failed).toBeVisible();
  await expect(failed.getByTestId("failed-reason")).toHaveText(reason);
  await expect(composer).toHaveValue(text);
  expect(await sentToSimulator(request, chat.externalId)).toHaveLength(before);
  await page.screenshot({ path: testInfo.outputPath("moderation-rejected.png"), fullPage: true });

  // The text survives a reload: the failed reply is still in the thread, the composer still holds it.
  await page.reload();
  await expect(page.getByTestId("failed-reply").getByTestId("failed-reason")).toHaveText(reason);
  await expect(composer).toHaveValue(text);

  await page.getByTestId("failed-reply").getByRole("button", { name: "Повторить" }).click();
  await expect(page.getByTestId("failed-reply")).toHaveCount(0);
  await expect
    .poll(async () => (await sentToSimulator(request, chat.externalId)).slice(before).map((s) => s.text))
    .toEqual([text]);
  await expect(composer).toHaveValue("");
});

test("guardrails highlight a blocked span and stop the send; a typed draft survives switching chats", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page);
  const chat = await openOzonChat(page, 2);
  const composer = page.locator("#composer-input");
  // "/" suggests the workspace's saved replies; Enter puts the chosen one in place of "/shortcut".
  const snippet = await page.request.post("/api/snippets", {
    data: { shortcut: "dostavka", title: "Сроки доставки", text: "Заказ приедет в течение трёх дней." },
  });
  expect([201, 409]).toContain(snippet.status());
  await composer.fill("Здравствуйте! ");
  await composer.pressSequentially("/dost");
  await expect(page.getByRole("option", { name: /dostavka/ })).toBeVisible();
  await composer.press("Enter");
  await expect(composer).toHaveValue("Здравствуйте! Заказ приедет в течение трёх дней.");

  const before = (await sentToSimulator(request, chat.externalId)).length;
  await composer.fill("Напишите нам в телеграм @shop_help, ответим быстрее");
  await expect(page.getByTestId("composer-highlights").locator('mark[data-severity="block"]').first()).toBeVisible();
  await expect(page.getByTestId("composer-findings").locator('[data-severity="block"]').first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Отправить" })).toBeDisabled();
  await page.getByTestId("composer").screenshot({ path: testInfo.outputPath("guardrail-highlight.png") });
  await composer.press("Control+Enter");
  await expect(page.getByTestId("thread-messages")).not.toContainText("@shop_help");
  expect(await sentToSimulator(request, chat.externalId)).toHaveLength(before);

  // Switch to another chat in the list and back: each chat keeps its own unsent text.
  await composer.fill("Черновик, который нельзя потерять");
  await page.locator('[data-testid="chat-row"]:not([aria-current="true"])').first().click();
  await expect(page).not.toHaveURL(new RegExp(`chat=${chat.id}`));
  await expect(composer).not.toHaveValue("Черновик, который нельзя потерять");
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`chat=${chat.id}`));
  await expect(composer).toHaveValue("Черновик, который нельзя потерять");
  await page.reload();
  await expect(composer).toHaveValue("Черновик, который нельзя потерять");
});
