import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The saved-replies form validates with the route's schema; a shortcut another saved reply already has
// (the route's conflict) is marked on the shortcut field, and the title and text stay as typed.

test("a saved reply with a shortcut already taken is marked on the shortcut, the rest is kept", async ({ page }) => {
  await signIn(page);
  const taken = await page.request.post("/api/snippets", {
    data: { shortcut: "vozvrat", title: "Возврат", text: "Оформите возврат в личном кабинете." },
  });
  expect([201, 409]).toContain(taken.status());

  await page.getByRole("button", { name: "Шаблоны ответов" }).click();
  const dialog = page.getByRole("dialog", { name: "Шаблоны ответов" });
  await dialog.getByRole("button", { name: "Добавить шаблон" }).click();
  await dialog.getByLabel("Сокращение").fill("vozvrat");
  await dialog.getByLabel("Название").fill("Возврат товара");
  await dialog.getByLabel("Текст").fill("Вернуть товар можно в течение 14 дней.");
  await dialog.getByRole("button", { name: "Сохранить" }).click();

  const shortcut = dialog.getByLabel("Сокращение");
  await expect(shortcut).toHaveAttribute("aria-invalid", "true");
  await expect(shortcut).toHaveAccessibleDescription("Такое сокращение уже есть");
  await expect(dialog.getByLabel("Название")).toHaveValue("Возврат товара");
  await expect(dialog.getByLabel("Текст")).toHaveValue("Вернуть товар можно в течение 14 дней.");
});
