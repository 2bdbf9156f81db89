import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The negative-review timer on the demo workspace: in the Negative reviews view (sorted by deadline,
// the case in its last 12 hours first and red) and in the thread's case panel; the held case's
// suggested first message; the report. Screenshots go to the test's output directory.

test.use({ viewport: { width: 1440, height: 900 } });

test("the countdown in the list and the thread, the held case, the report", async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto("/inbox?view=negative");
  const rows = page.getByTestId("chat-row");
  await expect(rows.first()).toBeVisible();

  // Sorted by deadline: the last-12-hours case first, red, "до публикации 7 ч …".
  const first = rows.first();
  await expect(first.getByTestId("chat-row-name")).toHaveText("Анна К.");
  const timer = first.getByTestId("review-countdown");
  await expect(timer).toHaveText(/^до публикации \d+ ч \d+ мин$/);
  await expect(timer).toHaveAttribute("data-tone", "red");
  // A case with days left: "до публикации 2 дня … ч", not red. Rows are found by the demo cases' products:
  // the simulator's buyers share first names with them.
  const sergey = rows.filter({ hasText: "Рубашка оксфорд" });
  await expect(sergey.getByTestId("review-countdown")).toHaveText(/^до публикации 2 дня \d+ ч$/);
  await expect(sergey.getByTestId("review-countdown")).toHaveAttribute("data-tone", "amber");

  // The thread shows the same live timer and the link's confidence.
  await first.click();
  const panel = page.getByTestId("negative-case");
  await expect(panel.getByTestId("review-countdown")).toHaveText(/^до публикации \d+ ч \d+ мин$/);
  await expect(panel.getByTestId("case-link")).toContainText("высокая");
  await page.screenshot({ path: testInfo.outputPath("thread-countdown.png") });

  // The held case: hidden until the buyer replies, the 1-hour first-response SLA and a suggested message.
  // Rows further down the list are found through the search box (the list renders what is on screen).
  const search = page.getByPlaceholder("Поиск: покупатель, заказ, товар, текст");
  await search.fill("Платье льняное миди");
  const held = rows.filter({ hasText: "Платье льняное миди" }).first();
  await expect(held.getByTestId("review-countdown")).toHaveText("скрыт до ответа");
  await held.click();
  await expect(panel.getByTestId("review-countdown")).toHaveText("отзыв скрыт до ответа покупателя");
  await expect(panel.getByTestId("sla-badge")).toBeVisible();
  await panel.getByTestId("suggest-first-message").click();
  // The buyer has written nothing yet: an apology (its wording varies per case) with the marketplace's
  // own way to fix it, never a closing.
  await expect(panel.getByTestId("suggested-message")).toContainText(/жаль|извин|простите/i);
  await expect(panel.getByTestId("suggested-message")).toContainText(/Вернуть товар|Wildberries/);
  await expect(panel.getByTestId("suggested-message")).not.toContainText("Договорились");
  await panel.getByRole("button", { name: "Вставить в ответ" }).click();
  await expect(page.locator("#composer-input, textarea").first()).not.toHaveValue("");
  await page.screenshot({ path: testInfo.outputPath("thread-held.png") });

  // Yandex Market: no hold window.
  await search.fill("Пальто демисезонное");
  await rows.filter({ hasText: "Пальто демисезонное" }).first().click();
  await expect(panel).toContainText("нет окна удержания — ответ публикуется как комментарий к отзыву");

  // The report counts the demo cases per marketplace and operator.
  await page.goto("/reports/negative-reviews");
  await expect(page.getByRole("heading", { name: "Отчёт по негативным отзывам" })).toBeVisible();
  await expect(page.getByTestId("negative-report-table").first()).toContainText("Всего");
  await page.screenshot({ path: testInfo.outputPath("report.png"), fullPage: true });
});
