import { expect, test } from "@playwright/test";
import { emailLink, signIn, signUpOwner } from "../helpers";

// Off-boarding and account security in the browser: a verified sign-up, removing a member ends their
// session, the audit log shows it, a forgotten password is reset by email, sign-in is throttled.

test("an owner removes a member: the member's open session ends, and the audit log shows it", async ({
  page,
  browser,
}, testInfo) => {
  const tag = Date.now();
  const ownerEmail = `owner-${tag}@example.com`;
  await signUpOwner(page, { name: "Ольга", workspaceName: "Лавка", email: ownerEmail, password: "lavka-owner-1" });

  await page.goto("/settings/team");
  const memberEmail = `op-${tag}@example.com`;
  await page.getByLabel("Эл. почта").fill(memberEmail);
  await page.getByRole("button", { name: "Пригласить" }).click();
  const inviteUrl = await page.getByTestId("invite-result").getByRole("textbox").inputValue();

  const other = await browser.newContext();
  const memberPage = await other.newPage();
  await memberPage.goto(inviteUrl);
  await memberPage.getByLabel("Ваше имя").fill("Пётр");
  await memberPage.getByLabel("Пароль").fill("lavka-member-1");
  await memberPage.getByRole("button", { name: "Принять приглашение" }).click();
  await expect(memberPage).toHaveURL(/\/inbox/);

  await page.reload();
  const row = page.getByTestId("member-row").filter({ hasText: memberEmail });
  await row.getByRole("button", { name: "Удалить" }).click();
  await expect(page.getByRole("dialog")).toContainText("Удалить Пётр из команды?");
  await page.getByRole("button", { name: "Да, удалить" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: memberEmail })).toHaveCount(0);

  // The member's browser still has its cookie, but the session is over.
  await memberPage.goto("/inbox");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await other.close();

  // The last owner cannot demote themselves.
  await page.getByTestId("member-row").filter({ hasText: ownerEmail }).getByRole("combobox").selectOption("OPERATOR");
  await page.getByRole("button", { name: "Сменить роль" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
    "В команде должен остаться хотя бы один владелец.",
  );
  await page.getByRole("button", { name: "Отмена" }).click();

  const log = page.getByTestId("audit-log");
  await expect(log).toContainText("Удалил участника");
  await expect(log).toContainText("Пригласил");
  await expect(log).toContainText(memberEmail);
  await page.screenshot({ path: testInfo.outputPath("team.png"), fullPage: true });
});

test("a forgotten password is reset with the emailed link, which works once", async ({ page }) => {
  const email = `forgot-${Date.now()}@example.com`;
  await signUpOwner(page, { name: "Вера", workspaceName: "Цветы", email, password: "flowers-old-1" });
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  // The link navigates in the page: wait for the new form, or the address goes into sign-in's field as it leaves.
  await expect(page.getByRole("heading", { name: "Восстановление пароля" })).toBeVisible();
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByRole("button", { name: "Прислать ссылку" }).click();
  await expect(page.getByRole("status")).toContainText("Если аккаунт с этой почтой есть");

  const link = await emailLink(email, /Восстановление пароля/);
  await page.goto(link);
  await page.getByLabel("Новый пароль").fill("flowers-new-2");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Пароль изменён. Войдите с новым паролем.")).toBeVisible();
  await signIn(page, { email, password: "flowers-new-2" });

  await page.goto(link);
  await page.getByLabel("Новый пароль").fill("flowers-new-3");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Ссылка недействительна")).toBeVisible();
});

test("a member changes their password on the profile page and signs out everywhere", async ({ page }) => {
  const email = `profile-${Date.now()}@example.com`;
  await signUpOwner(page, { name: "Лев", workspaceName: "Книги", email, password: "books-old-12" });
  await page.getByRole("link", { name: "Лев" }).click();
  await expect(page.getByRole("heading", { name: "Профиль и безопасность" })).toBeVisible();
  await page.getByLabel("Текущий пароль").fill("books-old-12");
  await page.getByLabel("Новый пароль").fill("books-new-34");
  await page.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(page.getByRole("status")).toContainText("Пароль изменён");
  // This browser stays signed in.
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/inbox/);

  await page.goto("/account");
  await page.getByRole("button", { name: "Выйти на всех устройствах" }).click();
  await page.getByRole("button", { name: "Да, выйти везде" }).click();
  await expect(page).toHaveURL(/\/sign-in\?ended=1/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated wrong passwords for one account are stopped with a message in minutes", async ({ page }) => {
  const email = `brute-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  await page.getByLabel("Эл. почта").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Пароль").fill(`wrong-${i}-password`);
    await page.getByRole("button", { name: "Войти", exact: true }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Неверная почта или пароль");
  }
  await page.getByLabel("Пароль").fill("wrong-last-password");
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    /^Слишком много попыток входа\. Попробуйте через 15 минут\.$/,
  );
});
