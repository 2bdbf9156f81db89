import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@agentiq.local", password: "demo12345" };

export async function signIn(page: Page, { email, password } = DEMO) {
  await page.goto("/sign-in");
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
}
