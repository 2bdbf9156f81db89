import { expect, test } from "@playwright/test";
import { signUpOwner } from "../helpers";

// A new owner connects YCLIENTS in the browser, sends a test event, and follows it to the log.
// No provider keys are set, so the request ends as "not sent: provider not configured".

test("an owner connects a POS/CRM source, sends a test event and sees it in the events and the log", async ({
  page,
}, testInfo) => {
  const email = `owner-${Date.now()}@example.com`;
  await signUpOwner(page, { name: "Анна Салонова", workspaceName: "Салон «Ромашка»", email, password: "romashka-123" });

  await page.getByRole("link", { name: "Настройки" }).click();
  await page.getByRole("link", { name: "Интеграции" }).click();
  await expect(page).toHaveURL(/\/settings\/integrations/);
  const card = page.getByTestId("integration-yclients");
  await expect(card.getByText("Не подключено")).toBeVisible();
  await card.getByRole("button", { name: "Подключить" }).click();

  // The full key is shown once, inside a copyable webhook URL.
  const url = card.getByLabel("URL для webhook");
  await expect(url).toHaveValue(/\/api\/webhook\/yclients\?key=rr_yclients_[\w-]{32}$/);
  await expect(card.getByText("Ключ показан один раз")).toBeVisible();
  await card.getByText("Как настроить").click();
  await expect(card.getByText("Клиент пришёл")).toBeVisible();

  // The URL works as given: a real webhook with it is accepted.
  const webhookUrl = await url.inputValue();
  const real = await page.request.post(webhookUrl, {
    data: {
      resource: { id: 4242, visit_attendance: 1, deleted: false, client: { name: "Ольга", phone: "+7 916 000-42-42" } },
    },
  });
  expect(real.status()).toBe(200);
  expect((await real.json()).outcome).toBe("QUEUED");

  await card.getByRole("button", { name: "Отправить тестовое событие" }).click();
  await expect(card.getByRole("status")).toContainText("Тестовое событие принято");
  const events = card.getByTestId("integration-event");
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText("тест");
  await expect(events.first()).toContainText("В очереди");
  await page.screenshot({ path: testInfo.outputPath("integrations.png"), fullPage: true });

  await page.getByRole("link", { name: "Запросы отзывов" }).click();
  await expect(page).toHaveURL(/\/review-requests/);
  const rows = page.getByTestId("review-request-row");
  await expect(rows).toHaveCount(2);
  const testRow = rows.filter({ hasText: "тест" });
  await expect(testRow).toContainText("Не отправлено: провайдер не настроен");
  await expect(testRow).toContainText("Пропущено");
  await expect(testRow).toContainText("+7999•••4567");
  await expect(page.getByTestId("review-totals")).toContainText("Всего: 2");
  await page.screenshot({ path: testInfo.outputPath("review-requests.png"), fullPage: true });

  // Back on the integrations page the key is masked from now on.
  await page.getByRole("link", { name: "Настройки" }).click();
  await page.getByRole("link", { name: "Интеграции" }).click();
  const again = page.getByTestId("integration-yclients");
  await expect(again.getByLabel("URL для webhook")).toHaveValue(/key=rr_y…/);
  await expect(again.getByLabel("URL для webhook")).not.toHaveValue(webhookUrl);

  // A new key retires the old one at once, in the running server (the webhook route's key cache too).
  page.once("dialog", (dialog) => void dialog.accept());
  await again.getByRole("button", { name: "Новый ключ" }).click();
  await expect(again.getByLabel("URL для webhook")).toHaveValue(/key=rr_yclients_[\w-]{32}$/);
  const newUrl = await again.getByLabel("URL для webhook").inputValue();
  const body = { resource: { id: 4343, visit_attendance: 1, deleted: false, client: { phone: "+7 916 000-43-43" } } };
  expect((await page.request.post(webhookUrl, { data: body })).status()).toBe(401);
  expect((await page.request.post(newUrl, { data: body })).status()).toBe(200);
});
