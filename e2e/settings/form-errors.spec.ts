import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// The settings forms validate with their routes' schemas; a field the route still refuses (here the
// route itself answers a body spoiled on the way, as a stale tab would send it) is marked on that
// field in the screen's language, and what the owner typed stays in the form.

async function spoil(page: Page, url: string, change: (body: Record<string, unknown>) => void) {
  await page.route(url, async (route) => {
    if (!["PUT", "POST"].includes(route.request().method())) return route.fallback();
    const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, unknown>;
    change(body);
    await route.fulfill({ response: await route.fetch({ postData: JSON.stringify(body) }) });
  });
}

test("business hours: a day the route refuses is marked on that day", async ({ page }) => {
  await signIn(page);
  await spoil(page, "**/api/reports/settings", (body) => {
    (body.weekly as { start: string; end: string }[])[2]!.end = "08:00";
  });
  await page.goto("/settings/business-hours");
  await page.getByLabel("Задать рабочие часы").check();
  await page.getByLabel("Считать SLA и время ответа только в рабочие часы").check();
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();

  const week = page.getByTestId("business-week");
  await expect(week.locator("[aria-invalid=true]")).toHaveCount(1);
  await expect(week.locator("[aria-invalid=true]")).toContainText("Среда");
  await expect(page.getByText("Проверьте время: начало должно быть раньше конца")).toBeVisible();
  await expect(page.getByLabel("Считать SLA и время ответа только в рабочие часы")).toBeChecked();
  await expect(page.getByText("Сохранено. Показатели пересчитаны.")).toHaveCount(0);
});

test("review requests: a review link the route refuses is marked on its field", async ({ page }) => {
  await signIn(page);
  await spoil(page, "**/api/review-settings", (body) => {
    body.reviewLink = "ftp://reviews.example.com";
  });
  await page.goto("/settings/integrations");
  await page.getByLabel("Название для клиента").fill("Кофейня у моря");
  await page.getByLabel("Ссылка на отзыв").fill("https://reviews.example.com/coffee");
  await page.getByRole("button", { name: "Сохранить настройки" }).click();

  const link = page.getByLabel("Ссылка на отзыв");
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#rr-link-error")).toHaveText("Ссылка должна начинаться с https:// или http://");
  await expect(link).toHaveValue("https://reviews.example.com/coffee");
  await expect(page.getByLabel("Название для клиента")).toHaveValue("Кофейня у моря");
});

test("products: refill days the route refuses are marked on their field, the rest is kept", async ({ page }) => {
  await signIn(page);
  await spoil(page, "**/api/product-settings", (body) => {
    body.refillDays = 0;
  });
  await page.goto("/settings/follow-ups");
  await page.getByLabel("ID товара").fill("nm-404");
  await page.getByRole("checkbox", { name: "Расходный" }).check();
  await page.getByLabel("Пополнение, дней").fill("30");
  await page.getByRole("button", { name: "Сохранить товар" }).click();

  await expect(page.getByLabel("Пополнение, дней")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "Для расходного товара" })).toHaveText(
    "Для расходного товара укажите срок пополнения: от 1 до 365 дней",
  );
  await expect(page.getByLabel("ID товара")).toHaveValue("nm-404");
  await expect(page.getByLabel("Пополнение, дней")).toHaveValue("30");
});
