import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// Scheduling a follow-up from the thread and cancelling it, on the demo workspace: the text comes
// from the follow-up drafter (the offline template without an AI key), the message shows in the
// thread and in the workspace list, and cancelling it there leaves it cancelled, never sent.
const SHOTS = process.env.E2E_SCREENSHOTS_DIR;

test("an operator schedules a follow-up from the thread and cancels it", async ({ page }) => {
  await signIn(page);
  const list = await page.request.get("/api/chats?marketplace=ozon&view=all&limit=20");
  const { chats } = (await list.json()) as { chats: { id: string; kind: string; status: string }[] };
  const chat = chats.find((c) => c.kind === "CHAT" && c.status !== "CLOSED");
  expect(chat, "the demo workspace has an Ozon chat").toBeTruthy();
  await page.goto(`/inbox?chat=${chat!.id}`);

  const scheduled = page.getByTestId("thread-scheduled");
  await scheduled.getByRole("button", { name: "Запланировать" }).click();
  const form = page.getByTestId("schedule-form");
  const text = form.getByLabel("Текст сообщения");
  await expect(text).toHaveValue(/Здравствуйте/);
  await expect(form.getByText("По шаблону")).toBeVisible();
  // Another reason, another draft: the refill reminder's template.
  await form.getByLabel("Повод").selectOption({ label: "Пополнить запас" });
  await expect(text).toHaveValue(/скоро закончится/);
  await form.getByRole("spinbutton", { name: "Напомнить через" }).fill("2");
  await text.fill("Здравствуйте! Всё ли в порядке с заказом? Если что-то не так, напишите нам здесь.");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/thread-schedule-form.png` });
  await form.getByRole("button", { name: "Запланировать" }).click();

  const item = scheduled.getByTestId("scheduled-item");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-status", "SCHEDULED");
  await expect(item).toContainText("Всё ли в порядке с заказом?");
  await expect(scheduled).toContainText("Запланировано: 1");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/thread-scheduled.png` });

  // A link in the text is refused with the marketplace's rule, and nothing more is scheduled.
  await scheduled.getByRole("button", { name: "Запланировать" }).first().click();
  await form.getByLabel("Текст сообщения").fill("Наш сайт: https://example.com");
  await form.getByRole("button", { name: "Запланировать" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await form.getByRole("button", { name: "Отмена" }).click();
  await expect(item).toHaveCount(1);

  // The workspace list (the demo workspace has follow-ups of its own in Wildberries chats).
  await page.goto("/scheduled");
  const mine = () =>
    page.getByTestId("scheduled-list").getByTestId("scheduled-item").filter({ hasText: "Всё ли в порядке с заказом?" });
  const row = mine();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Всё ли в порядке с заказом?");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/scheduled-list.png`, fullPage: true });

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Отменить отправку" }).click();
  await expect(mine()).toHaveCount(0);
  await page.getByRole("tab", { name: "Отменено" }).click();
  const cancelled = mine();
  await expect(cancelled).toHaveAttribute("data-status", "CANCELLED");
  await expect(cancelled).toContainText("отменено оператором");

  await page.goto(`/inbox?chat=${chat!.id}`);
  await expect(page.getByTestId("thread-scheduled")).toBeVisible();
  await expect(page.getByTestId("thread-scheduled").getByTestId("scheduled-item")).toHaveCount(0);
});

test("an owner turns on the follow-up rule after resolve (off by default) and lists a consumable product", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/settings/follow-ups");
  const rule = page.getByTestId("rule-RESOLVED");
  const enabled = rule.getByRole("checkbox", { name: "Включено" });
  await expect(enabled).not.toBeChecked();
  await expect(rule.getByRole("textbox")).toHaveValue(/Здравствуйте\{\{#customerName\}\}/);
  await enabled.check();
  await page.getByRole("button", { name: "Сохранить правила" }).click();
  await expect(page.getByText("Сохранено")).toBeVisible();

  await page.getByLabel("ID товара").fill("nm-77");
  await page.getByLabel("Название").fill("Зелёный чай");
  await page.getByLabel("Сопутствующие (через запятую)").fill("Чайник, Пиала");
  await page.getByRole("checkbox", { name: "Расходный" }).check();
  await page.getByLabel("Пополнение, дней").fill("30");
  await page.getByRole("button", { name: "Сохранить товар" }).click();
  await expect(page.getByText("→ Чайник, Пиала")).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-up-settings.png`, fullPage: true });

  await page.reload();
  await expect(page.getByTestId("rule-RESOLVED").getByRole("checkbox", { name: "Включено" })).toBeChecked();
});
