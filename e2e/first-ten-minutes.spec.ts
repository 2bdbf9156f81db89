import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { findings, UNPROFESSIONAL } from "./page-text";

// A new user's first ten minutes, as `npm run dev` serves them: a fresh database with the demo
// workspace and automatic demo sign-in. This spec starts a server of its own for that (the shared e2e
// server has sign-in switched off and is changed by the other specs): scripts/e2e-server.mjs on the
// next port, with its own marketplace simulator. Screenshots of every main screen, desktop and phone,
// go to test-results/screenshots/.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SIMULATOR_URL = `http://127.0.0.1:${Number(process.env.E2E_SIMULATOR_PORT ?? 4110) + 1}`;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SHOTS = path.join("test-results", "screenshots");
const OPERATOR = { email: "operator@agentiq.local", password: "demo12345" };

let server: ChildProcess | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["scripts/e2e-server.mjs", String(PORT)], {
    env: { ...process.env, E2E_AUTO_SIGNIN: "1", E2E_SIMULATOR_PORT: new URL(SIMULATOR_URL).port },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [server.stdout!, server.stderr!])
    stream.on("data", (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4_000)));
  await expect
    .poll(async () => (await fetch(`${BASE_URL}/api/health`).catch(() => null))?.ok ?? false, {
      timeout: 110_000,
      intervals: [500],
      message: `the first-run server on ${BASE_URL}`,
    })
    .toBe(true)
    .catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`);
    });
});
test.afterAll(() => {
  server?.kill("SIGTERM");
});

test.use({ baseURL: BASE_URL, viewport: { width: 1280, height: 800 } });

/** Waits for the page's data: loaded, quiet network, no loading placeholder. */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("Загрузка…")).toHaveCount(0);
}

async function expectProfessional(page: Page, where: string) {
  // Soft: one run lists every page's problems.
  expect.soft(findings(await page.locator("body").innerText(), UNPROFESSIONAL), `what ${where} shows`).toEqual([]);
}

async function shot(page: Page, name: string, size: "desktop" | "phone") {
  await page.screenshot({ path: path.join(SHOTS, `${name}-${size}.png`), fullPage: size === "desktop" });
}

/** Nothing covers or clips the element: the point at its centre belongs to it. */
async function expectOnTop(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
  expect(
    await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return Boolean(hit && (el === hit || el.contains(hit)));
    }),
  ).toBe(true);
}

async function noSideways(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

test("the first ten minutes: reply, saved reply, reminder, sign-out, operator, every page on desktop and phone", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);

  // Lands signed in, on the inbox, most urgent first.
  await page.goto("/");
  await expect(page).toHaveURL(/\/inbox/);
  const rows = page.getByTestId("chat-row");
  await expect(rows.first()).toBeVisible();
  await settled(page);
  await shot(page, "inbox", "desktop");

  // Answers the most urgent seeded chat; the marketplace (the simulator) receives the reply.
  const chatId = await rows.first().getAttribute("data-chat-id");
  await page.locator(`[data-testid="chat-row"][data-chat-id="${chatId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`chat=${chatId}`));
  const composer = page.locator("#composer-input");
  const reply = "Здравствуйте! Спасибо, что написали. Проверим и ответим сегодня.";
  await composer.fill(reply);
  await page.getByRole("button", { name: "Отправить", exact: true }).click();
  await expect(page.getByTestId("thread-messages")).toContainText(reply);
  // Soft: the rest of the journey still runs (and is reported) when the reply does not arrive.
  await expect
    .soft(async () => {
      const sent = (await (await request.get(`${SIMULATOR_URL}/_sim/sent`)).json()) as { text: string | null }[];
      expect(sent.some((s) => s.text?.includes(reply))).toBe(true);
    }, "the marketplace received the reply")
    .toPass({ timeout: 15_000 });
  await expect.soft(page.getByTestId("failed-reply"), "no reply failed").toHaveCount(0);
  await settled(page);
  await expectProfessional(page, "the answered chat");
  await shot(page, "thread", "desktop");

  // Creates a saved reply and inserts it with "/", then finds it in the dialog again.
  const openSnippets = () => page.getByRole("button", { name: "Шаблоны ответов" }).click();
  const dialog = page.getByRole("dialog", { name: "Шаблоны ответов" });
  await openSnippets();
  await expect(dialog.getByText("Шаблонов пока нет")).toBeVisible();
  await dialog.getByRole("button", { name: "Добавить шаблон" }).click();
  await dialog.getByLabel("Сокращение").fill("spasibo");
  await dialog.getByLabel("Название").fill("Благодарность");
  await dialog.getByLabel("Текст").fill("Спасибо, что выбрали наш магазин!");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog.getByTestId("snippet-list")).toContainText("/spasibo");
  await expect(dialog.getByText("Шаблонов пока нет")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Закрыть" }).click();
  await composer.fill("");
  await composer.pressSequentially("/spa");
  await page.getByRole("option", { name: /spasibo/ }).click();
  await expect(composer).toHaveValue(/Спасибо, что выбрали наш магазин!/);
  await openSnippets();
  await expect(dialog.getByTestId("snippet-list")).toContainText("/spasibo");
  await expect(dialog.getByText("Шаблонов пока нет")).toHaveCount(0);
  await shot(page, "saved-replies", "desktop");
  await dialog.getByRole("button", { name: "Закрыть" }).click();
  await composer.fill("");

  // Opens the bell and reads a negative-review reminder that states the time actually left.
  await expect
    .poll(
      async () => ((await (await page.request.get("/api/notifications")).json()) as { items: unknown[] }).items.length,
      { timeout: 75_000 },
    )
    .toBeGreaterThan(0);
  await page.reload();
  await page.getByTestId("notification-bell").click();
  const reminder = page
    .getByRole("dialog", { name: /^Уведомления/ })
    .getByRole("link")
    .first();
  await expectOnTop(reminder);
  const title = await reminder.innerText();
  const stated = /через (\d+) час/.exec(title);
  expect(stated, title).not.toBeNull();
  await shot(page, "notifications", "desktop");
  await reminder.click();
  await expect(page).toHaveURL(/view=negative&chat=/);
  const reminded = new URL(page.url()).searchParams.get("chat");
  const kase = (await (await page.request.get(`/api/chats/${reminded}/negative-review`)).json()) as {
    case: { deadlineAt: string | null } | null;
  };
  const hoursLeft = (Date.parse(kase.case!.deadlineAt!) - Date.now()) / 3_600_000;
  expect(
    Math.abs(Number(stated![1]) - hoursLeft),
    `«${title}» with ${hoursLeft.toFixed(1)} h left`,
  ).toBeLessThanOrEqual(1);
  await settled(page);
  await expectProfessional(page, "the negative-review chat");
  await shot(page, "negative-review", "desktop");

  // The settings, as the owner who sees every form in them.
  for (const [name, url] of [
    ["settings-accounts", "/settings/accounts"],
    ["settings-team", "/settings/team"],
    ["settings-follow-ups", "/settings/follow-ups"],
    ["settings-integrations", "/settings/integrations"],
  ] as const) {
    await page.goto(url);
    await settled(page);
    await expectProfessional(page, `${url} (owner)`);
    await shot(page, name, "desktop");
  }

  // Signs out and stays out, also after a reload.
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Войти", exact: true })).toBeEnabled();
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Войти", exact: true })).toBeEnabled();
  await shot(page, "sign-in", "desktop");

  // Signs in as the operator from the README.
  await page.getByLabel("Эл. почта").fill(OPERATOR.email);
  await page.getByLabel("Пароль").fill(OPERATOR.password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);

  // Every page of the app, as the operator: no raw code, empty value, JSON or id anywhere.
  const pages = [
    ["inbox-all", "/inbox?view=all"],
    ["inbox-reviews", "/inbox?view=reviews"],
    ["inbox-questions", "/inbox?view=questions"],
    ["inbox-negative", "/inbox?view=negative"],
    ["report", "/reports/negative-reviews"],
    ["scheduled", "/scheduled"],
    ["review-requests", "/review-requests"],
    ["settings-accounts-operator", "/settings/accounts"],
    ["settings-team-operator", "/settings/team"],
    ["settings-follow-ups-operator", "/settings/follow-ups"],
    ["account", "/account"],
  ] as const;
  for (const [name, url] of pages) {
    await page.goto(url);
    await settled(page);
    await expectProfessional(page, url);
    await shot(page, name, "desktop");
  }
  // A review and a question opened in the thread (a chat was answered above).
  for (const view of ["reviews", "questions"]) {
    await page.goto(`/inbox?view=${view}`);
    await rows.first().click();
    await expect(page.getByTestId("thread-messages")).toBeVisible();
    await settled(page);
    await expectProfessional(page, `the first chat in view=${view}`);
  }

  // The main screens again on a phone: no sideways scroll, the header's menu holds the rest.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, url] of [
    ["inbox", "/inbox"],
    ["report", "/reports/negative-reviews"],
    ["review-requests", "/review-requests"],
    ["settings-accounts", "/settings/accounts"],
    ["scheduled", "/scheduled"],
  ] as const) {
    await page.goto(url);
    await settled(page);
    await expectProfessional(page, `${url} on a phone`);
    await noSideways(page, `${url} on a phone`);
    await shot(page, name, "phone");
  }
  await page.goto("/inbox");
  await rows.first().click();
  await expect(page.getByTestId("thread-messages")).toBeVisible();
  await settled(page);
  await noSideways(page, "a thread on a phone");
  await shot(page, "thread", "phone");
  await page.getByTestId("header-menu").click();
  const menu = page.getByRole("dialog", { name: "Меню" });
  for (const item of ["Настройки", "Профиль"]) await expectOnTop(menu.getByRole("link", { name: item }));
  await expectOnTop(menu.getByRole("button", { name: "Выйти" }));
  await shot(page, "menu", "phone");
  await page.keyboard.press("Escape");
  await page.getByTestId("notification-bell").click();
  await expectOnTop(page.getByRole("dialog", { name: /^Уведомления/ }));
  await shot(page, "notifications", "phone");
});
