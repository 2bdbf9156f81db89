import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "../helpers";

test("an anonymous visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Вход" })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Эл. почта").fill(DEMO.email);
  await page.getByLabel("Пароль").fill("wrong-password");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.getByText("Неверная почта или пароль")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the demo user signs in and sees the demo chats", async ({ page }, testInfo) => {
  await signIn(page);
  await expect(page.getByTestId("workspace-name")).toHaveText("Модный дом (демо)");
  const rows = page.getByTestId("chat-row");
  await expect(rows.first()).toBeVisible();
  // The list is virtualised: only the rows in (and just around) the viewport are in the page.
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  // Filter to one marketplace: every row carries its badge.
  await page.getByRole("button", { name: "Ozon", exact: true }).click();
  await expect(page).toHaveURL(/marketplace=ozon/);
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('[data-testid="chat-row"] [title="Wildberries"]')).toHaveCount(0);
  // Open a chat: the thread shows its messages.
  await rows.first().click();
  await expect(page).toHaveURL(/chat=/);
  await expect(page.getByTestId("thread-messages").locator("li").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("inbox.png"), fullPage: true });
});

test("the interface switches to English and back", async ({ page }) => {
  await signIn(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("link", { name: "Входящие", exact: true })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page);
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The session cookie is gone: the inbox sends the visitor back to sign-in.
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
});
