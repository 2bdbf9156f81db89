import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// The stop-list form validates with the route's schema; a contact the route cannot read as a phone or an
// email is marked on the contact field with the route's reason in the screen's language, and stays typed.

test("a stop-list phone the route cannot read is marked on the field with its reason, in Russian", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/integrations");
  const contact = page.getByRole("textbox", { name: "Телефон или email" });
  await contact.fill("+7 12 34");
  await page.getByRole("button", { name: "Добавить", exact: true }).click();

  await expect(contact).toHaveAttribute("aria-invalid", "true");
  await expect(contact).toHaveAccessibleDescription(/[а-яё]{3}/i);
  await expect(contact).not.toHaveAccessibleDescription(/[a-z]{3}/i);
  await expect(contact).toHaveValue("+7 12 34");
});
