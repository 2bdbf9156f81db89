import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The e2e server starts its own marketplace simulator (scripts/e2e-server.mjs); the new account points at it
// through the form's "advanced: API base URL" fields, the way a seller's would point at the real hosts.
const SIMULATOR = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
// The demo account's own seller: connecting it again in the demo workspace is refused as a duplicate.
const DEMO_SELLER_WB_TOKEN = "sim-wb-token-0123456789";
// Other sellers on the simulator, each with a shop of its own (a seller is connected once per workspace).
const OTHER_SELLER_WB_TOKEN = "sim-wb-token-other-seller-0123";
const THIRD_SELLER_WB_TOKEN = "sim-wb-token-other-seller-third";
const WB_REFUSAL = "token problem; token is malformed: could not base64 decode signature";

test("an owner connects Wildberries: a wrong token shows Wildberries' error and the demo's own seller is refused, saving nothing; another seller's token is active and masked", async ({
  page,
}, testInfo) => {
  await signIn(page);
  // Settings opens on the marketplace accounts, one of its sections.
  await page.getByRole("link", { name: "Настройки" }).click();
  await expect(
    page.getByRole("navigation", { name: "Настройки" }).getByRole("link", { name: "Маркетплейсы" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page).toHaveURL(/\/settings\/accounts$/);
  await expect(page.getByRole("heading", { name: "Аккаунты маркетплейсов" })).toBeVisible();

  const wb = page.getByTestId("marketplace-wildberries");
  const rows = wb.getByTestId("account-row");
  await expect(rows.first()).toBeVisible(); // the demo account
  const before = await rows.count();

  await wb.getByRole("button", { name: "Подключить аккаунт" }).click();
  await expect(wb.getByText("Нажмите «Создать новый токен»", { exact: false })).toBeVisible(); // Russian help
  const form = wb.getByRole("form", { name: "Новый аккаунт" });
  await form.getByLabel("Название в AgentIQ").fill("WB e2e");
  await form.getByLabel("API-токен").fill("wrong-token-0123456789");
  await form.getByText("Дополнительно: адрес API").click();
  await form.getByLabel("API: chat").fill(`${SIMULATOR}/wb-chat`);
  await form.getByLabel("API: feedbacks").fill(`${SIMULATOR}/wb-feedbacks`);
  await form.getByRole("button", { name: "Проверить и подключить" }).click();

  // Wildberries' own words, and in Russian what to check: the token's categories and where it is made.
  await expect(form.getByRole("alert")).toContainText(WB_REFUSAL);
  await expect(form.getByRole("alert")).toContainText("«Настройки» → «Доступ к API»");
  await expect(rows).toHaveCount(before);
  const afterRefusal = await (await page.request.get("/api/accounts")).json();
  expect(afterRefusal.accounts.map((a: { name: string }) => a.name)).not.toContain("WB e2e");

  // The demo's own seller is here already: a second connection would show every chat twice.
  await form.getByLabel("API-токен").fill(DEMO_SELLER_WB_TOKEN);
  await form.getByRole("button", { name: "Проверить и подключить" }).click();
  await expect(form.getByRole("alert")).toContainText("уже подключён как «Wildberries · Модный дом»");
  await expect(rows).toHaveCount(before);

  await form.getByLabel("API-токен").fill(OTHER_SELLER_WB_TOKEN);
  await form.getByRole("button", { name: "Проверить и подключить" }).click();

  const added = rows.filter({ hasText: "WB e2e" });
  await expect(added.getByTestId("account-status")).toHaveText("Активен");
  await expect(added.getByTestId("account-hint")).toHaveText("sim-…0123");
  await expect(rows).toHaveCount(before + 1);
  await expect(wb.getByRole("status")).toContainText("Аккаунт «WB e2e» подключён.");
  await expect(page.locator("body")).not.toContainText(OTHER_SELLER_WB_TOKEN);
  const listed = await (await page.request.get("/api/accounts")).json();
  expect(JSON.stringify(listed)).not.toContain(OTHER_SELLER_WB_TOKEN);

  await page.screenshot({ path: testInfo.outputPath("accounts-settings.png"), fullPage: true });
});

test("an owner disconnects an account after confirming", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/accounts");
  const wb = page.getByTestId("marketplace-wildberries");
  await wb.getByRole("button", { name: "Подключить аккаунт" }).click();
  const form = wb.getByRole("form", { name: "Новый аккаунт" });
  await form.getByLabel("Название в AgentIQ").fill("WB to disconnect");
  await form.getByLabel("API-токен").fill(THIRD_SELLER_WB_TOKEN);
  await form.getByText("Дополнительно: адрес API").click();
  await form.getByLabel("API: chat").fill(`${SIMULATOR}/wb-chat`);
  await form.getByLabel("API: feedbacks").fill(`${SIMULATOR}/wb-feedbacks`);
  await form.getByRole("button", { name: "Проверить и подключить" }).click();
  const row = wb.getByTestId("account-row").filter({ hasText: "WB to disconnect" });
  await expect(row.getByTestId("account-status")).toHaveText("Активен");

  await row.getByRole("button", { name: "Отключить" }).click();
  await expect(row.getByRole("alertdialog")).toContainText("Удалить сохранённые ключи");
  await row.getByRole("button", { name: "Да, отключить" }).click();
  // The third seller's shop is empty, so no chat was imported and the account is deleted (an account with
  // chats stays as disconnected).
  // allTextContents does not wait for the element, so a row removed between two polls reads as gone.
  await expect
    .poll(async () => (await row.getByTestId("account-status").allTextContents()).join("|") || "gone")
    .toBe("gone");
});
