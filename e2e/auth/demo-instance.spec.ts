import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "../helpers";

// The e2e server is a demo instance (DEMO_WORKSPACE=1, scripts/e2e-server.mjs). A production start
// without it shows neither the banner nor the credentials (lib/start-server.int.test.ts).

test("a demo instance says so on every page and offers the demo login on sign-in", async ({ page }) => {
  await page.goto("/sign-in");
  const banner = page.getByTestId("demo-banner");
  await expect(banner).toContainText("Демо-версия");
  await expect(page.getByText(DEMO.password)).toBeVisible();

  await signIn(page);
  await expect(banner).toContainText("Демо-версия");
  await page.getByRole("button", { name: "English" }).click();
  await expect(banner).toContainText("Demo instance");
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(banner).toContainText("Демо-версия");
});
