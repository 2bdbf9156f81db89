import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// Server-side request forgery: the e2e server is a production build that allows only its simulator
// (ALLOW_SIMULATOR=1 in scripts/e2e-server.mjs). A seller's API base URL elsewhere, internal addresses
// included, is refused, and review-request providers offer no host field at all.
const SIM_PORT = process.env.E2E_SIMULATOR_PORT ?? "4110";
const SIM_WB_TOKEN = "sim-wb-token-0123456789";

test("a production server refuses an account API base URL on an internal address, even the simulator by another name", async ({
  page,
}) => {
  await signIn(page);
  await page.goto("/settings/accounts");
  const wb = page.getByTestId("marketplace-wildberries");
  const rows = wb.getByTestId("account-row");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();

  await wb.getByRole("button", { name: "Подключить аккаунт" }).click();
  const form = wb.getByRole("form", { name: "Новый аккаунт" });
  await form.getByLabel("Название в AgentIQ").fill("WB internal");
  await form.getByLabel("API-токен").fill(SIM_WB_TOKEN);
  await form.getByText("Дополнительно: адрес API").click();
  for (const chat of ["http://169.254.169.254/latest/meta-data", `http://localhost:${SIM_PORT}/wb-chat`]) {
    await form.getByLabel("API: chat").fill(chat);
    await form.getByLabel("API: feedbacks").fill(`http://127.0.0.1:${SIM_PORT}/wb-feedbacks`);
    await form.getByRole("button", { name: "Проверить и подключить" }).click();
    await expect(form.getByRole("alert")).toContainText("не разрешён");
  }
  await expect(rows).toHaveCount(before);
});

test("review-request providers take keys only: there is no host to set", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/integrations");
  await expect(page.getByLabel("Имя отправителя")).toBeVisible();
  await expect(page.getByLabel("Базовый URL")).toHaveCount(0);
});
