import { expect, test } from "@playwright/test";
import { signUpOwner } from "../helpers";

// The account forms validate with the routes' own schemas, and a field the route still refuses is
// marked on that field in the screen's language, with what was typed left in place.

test("a sign-up field the route refuses is marked on that field, and the rest of the form is kept", async ({
  page,
}) => {
  // The route itself answers: the browser's body reaches it with the address spoiled, as a stale tab would send it.
  await page.route("**/api/signup", async (route) => {
    const body = JSON.parse(route.request().postData() ?? "{}") as Record<string, string>;
    await route.fulfill({
      response: await route.fetch({ postData: JSON.stringify({ ...body, email: "no-at-sign" }) }),
    });
  });
  await page.goto("/sign-up");
  await page.getByLabel("Ваше имя").fill("Ира");
  await page.getByLabel("Название магазина").fill("Сумки");
  await page.getByLabel("Эл. почта").fill(`refused-${Date.now()}@example.com`);
  await page.getByLabel("Пароль").fill("bags-and-more-1");
  await page.getByRole("button", { name: "Создать аккаунт" }).click();

  const email = page.getByLabel("Эл. почта");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Введите адрес почты, например name@shop.ru");
  await expect(page.getByLabel("Ваше имя")).toHaveValue("Ира");
  await expect(page.getByLabel("Название магазина")).toHaveValue("Сумки");
  await expect(page.getByText("Проверьте почту")).toHaveCount(0);
});

test("a wrong current password is marked on its field, in English on the English screen", async ({ page, context }) => {
  const email = `wrong-current-${Date.now()}@example.com`;
  await signUpOwner(page, { name: "Ася", workspaceName: "Чай", email, password: "tea-leaves-12" });
  await page.goto("/account");
  await page.getByLabel("Текущий пароль").fill("not-my-password");
  await page.getByLabel("Новый пароль").fill("tea-leaves-34");
  await page.getByRole("button", { name: "Сменить пароль" }).click();

  const current = page.getByLabel("Текущий пароль");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription("Текущий пароль указан неверно.");
  await expect(page.getByLabel("Новый пароль")).toHaveValue("tea-leaves-34");
  await expect(page.getByRole("status")).toHaveCount(0);

  await context.addCookies([{ name: "locale", value: "en", url: page.url() }]);
  await page.reload();
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("tea-leaves-34");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("The current password is wrong.");
});
