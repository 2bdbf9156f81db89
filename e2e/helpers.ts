import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@agentiq.local", password: "demo12345" };

export async function signIn(page: Page, { email, password } = DEMO) {
  await page.goto("/sign-in");
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
}

// scripts/e2e-server.mjs has the server append account emails here (no email provider in e2e).
const OUTBOX = path.join(os.tmpdir(), `agentiq-e2e-outbox-${process.env.E2E_PORT ?? "3100"}.jsonl`);

/** The link of the latest account email to `to` whose subject matches, once it has been written. */
export async function emailLink(to: string, subject: RegExp): Promise<string> {
  let link = "";
  await expect
    .poll(() => {
      const lines = fs.existsSync(OUTBOX) ? fs.readFileSync(OUTBOX, "utf8").split("\n").filter(Boolean) : [];
      const mail = lines
        .map((l) => JSON.parse(l) as { to: string; subject: string; link?: string })
        .filter((m) => m.to === to && subject.test(m.subject))
        .pop();
      link = mail?.link ?? "";
      return link;
    })
    .not.toBe("");
  return link;
}

/** Signs up a new owner through the pages: the form, the emailed confirmation link, then sign-in. */
export async function signUpOwner(
  page: Page,
  { name, workspaceName, email, password }: { name: string; workspaceName: string; email: string; password: string },
) {
  await page.goto("/sign-up");
  await page.getByLabel("Ваше имя").fill(name);
  await page.getByLabel("Название магазина").fill(workspaceName);
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(page.getByText("Проверьте почту")).toBeVisible();
  await page.goto(await emailLink(email, /Подтвердите почту/));
  await page.getByRole("button", { name: "Подтвердить почту" }).click();
  await expect(page).toHaveURL(/\/sign-in\?verified=1/);
  await expect(page.getByText("Почта подтверждена")).toBeVisible();
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
}
