import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The owner reads the team report on the demo workspace (its figures rebuilt from the seeded messages at
// start-up), drills from a bar into the chats behind it, exports a chart's table as CSV, and sets business
// hours, after which the report counts in them.

test("an owner reads the report, drills into a bar and exports CSV", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);
  await page.getByRole("link", { name: "Отчёты", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Отчёт по команде" })).toBeVisible();
  await page.getByRole("button", { name: "90 дней" }).click();
  const received = Number((await page.getByTestId("kpi-received").textContent())?.replace(/\D/g, ""));
  expect(received).toBeGreaterThan(0);
  await expect(page.getByTestId("report-kpis")).toContainText("Первый ответ");

  // Every chart is drawn (lazily) with its bars.
  const byMarketplace = page.getByTestId("report-byMarketplace");
  const bars = byMarketplace.locator(".recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  await expect(page.getByTestId("report-volume").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("reports-desktop.png"), fullPage: true });

  // The CSV of the table behind the marketplace chart: its headings and one line per marketplace.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    byMarketplace.getByRole("button", { name: "Скачать CSV" }).click(),
  ]);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toMatch(/^Маркетплейс;Получено;Отвечено;Решено;В срок, %;/);
  const rowsInTable = await byMarketplace.locator("tbody tr").count();
  expect(lines.length).toBe(rowsInTable + 1);
  const [firstName, firstReceived] = lines[1]!.split(";");

  // A bar opens the inbox on the chats behind it: that marketplace, the report's days.
  await bars.first().click();
  await expect(page).toHaveURL(
    /\/inbox\?view=all&sort=recent&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&marketplace=[a-z_]+/,
  );
  await expect(page.getByTestId("report-filter")).toContainText("Чаты из отчёта");
  const rows = page.getByTestId("chat-row");
  await expect(rows.first()).toBeVisible();
  for (const row of (await rows.all()).slice(0, 5))
    await expect(row.getByRole("img", { name: firstName })).toBeVisible();
  expect(Number(firstReceived)).toBeGreaterThan(0);

  // Clearing the report's filter goes back to the usual inbox.
  await page.getByRole("button", { name: "Сбросить фильтр отчёта" }).click();
  await expect(page.getByTestId("report-filter")).toHaveCount(0);

  // Business hours: the owner sets them, with a day off, and counts the SLA in them.
  await page.goto("/settings/business-hours");
  await expect(page.getByRole("heading", { name: "Рабочие часы и SLA" })).toBeVisible();
  await page.getByLabel("Задать рабочие часы").check();
  await expect(page.getByTestId("business-week")).toContainText("Понедельник");
  await page.getByLabel("Нерабочие дни").fill("2026-12-31");
  await page.getByRole("button", { name: "Добавить" }).click();
  await page.getByLabel("Считать SLA и время ответа только в рабочие часы").check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Сохранено. Показатели пересчитаны.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("business-hours-desktop.png"), fullPage: true });
  await page.goto("/reports");
  await expect(page.getByText("Время и SLA считаются только в рабочие часы.")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/business-hours");
  await expect(page.getByTestId("business-week")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("business-hours-phone.png"), fullPage: true });
  await page.goto("/reports");
  await expect(page.getByTestId("report-volume").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("reports-phone.png"), fullPage: true });
});
