import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// The three-pane inbox on the demo workspace: filters and views in the URL (Back works), search,
// the thread's actions, internal notes and the keyboard. Screenshots of the panes on a desktop and
// on a phone go to the test's output directory.

const views = (page: Page) => page.getByRole("list", { name: "Разделы" });
const marketplaces = (page: Page) => page.getByRole("list", { name: "Маркетплейсы" });
const rows = (page: Page) => page.getByTestId("chat-row");
const thread = (page: Page) => page.getByRole("region", { name: "Чат", exact: true });

test.use({ viewport: { width: 1440, height: 900 } });

/** Opens the first chat of the list and waits until its thread is the one shown. */
async function openFirstRow(page: Page) {
  const row = rows(page).first();
  const id = await row.getAttribute("data-chat-id");
  const name = await row.getByTestId("chat-row-name").innerText();
  await row.click();
  await expect(page).toHaveURL(new RegExp(`chat=${id}`));
  await expect(page.getByTestId("thread-title")).toContainText(name);
  return id!;
}

test("filters, views, search, thread actions, notes and the keyboard", async ({ page }, testInfo) => {
  await signIn(page);
  // "Needs reply" is the default view, sorted by urgency: every row shows its SLA.
  await expect(views(page).getByRole("button", { name: "Ждут ответа", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(rows(page).first()).toBeVisible();
  // (a negative review's row shows its publication deadline, its one primary timer, instead)
  await expect(
    rows(page).first().locator('[data-testid="sla-badge"], [data-testid="review-countdown"]').first(),
  ).toBeVisible();

  // Marketplace filter, with live "needs reply" counts beside it.
  const ozon = marketplaces(page).getByRole("button", { name: "Ozon", exact: true });
  await expect(ozon).toHaveAccessibleDescription(/^\d+ жд(?:ут|ёт) ответа$/);
  await ozon.click();
  await expect(page).toHaveURL(/marketplace=ozon/);
  await expect(ozon).toHaveAttribute("aria-pressed", "true");
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator('[data-testid="chat-row"] [title="Wildberries"]')).toHaveCount(0);

  // Views are in the URL; Back returns to the previous one.
  await marketplaces(page).getByRole("button", { name: "Все", exact: true }).click();
  await views(page).getByRole("button", { name: "Отзывы", exact: true }).click();
  await expect(page).toHaveURL(/view=reviews/);
  await expect(rows(page).first()).toContainText("Отзыв");
  await views(page).getByRole("button", { name: "Негативные отзывы", exact: true }).click();
  await expect(page).toHaveURL(/view=negative/);
  await page.goBack();
  await expect(page).toHaveURL(/view=reviews/);
  await expect(views(page).getByRole("button", { name: "Отзывы", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/view=/);
  await expect(views(page).getByRole("button", { name: "Ждут ответа", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Search by customer name and by message text (in "All").
  await views(page).getByRole("button", { name: "Все", exact: true }).click();
  await expect(page).toHaveURL(/view=all/);
  const allFirstId = await rows(page).first().getAttribute("data-chat-id");
  const firstName = (await rows(page).first().getByTestId("chat-row-name").innerText()).split(" ")[0]!;
  const search = page.getByRole("searchbox", { name: "Поиск по чатам" });
  await search.fill(firstName);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(firstName)}`));
  await expect(rows(page).first()).toBeVisible();
  for (const name of await page.getByTestId("chat-row-name").allInnerTexts()) expect(name).toContain(firstName);
  await search.fill("большемерит");
  await expect(page).toHaveURL(/q=%D0%B1%D0%BE%D0%BB/);
  await openFirstRow(page);
  await expect(page.getByTestId("thread-messages")).toContainText("большемерит");
  await search.fill("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(rows(page).first()).toHaveAttribute("data-chat-id", allFirstId!);

  // Resolve and reopen.
  await openFirstRow(page);
  const header = page.getByRole("group", { name: "Действия с чатом" });
  await header.getByRole("button", { name: /Решено/ }).click();
  await expect(thread(page).getByText("Решён", { exact: true })).toBeVisible();
  await header.getByRole("button", { name: "Вернуть в работу" }).click();
  await expect(thread(page).getByText("Решён", { exact: true })).toHaveCount(0);

  // Assign to the operator: the row shows their avatar.
  await header.getByLabel("Ответственный").selectOption({ label: "Олег Операторов" });
  await expect(header.getByLabel("Ответственный")).toHaveValue(/.+/);
  const openId = new URL(page.url()).searchParams.get("chat")!;
  await expect(
    page.locator(`[data-chat-id="${openId}"]`).getByRole("img", { name: "Ответственный: Олег Операторов" }),
  ).toBeVisible();

  // An internal note shows in the thread, marked as the team's only.
  await header.getByRole("button", { name: /Заметка/ }).click();
  await page.getByLabel("Внутренняя заметка").fill("Позвонить покупателю после 18:00");
  await page.getByRole("button", { name: "Сохранить заметку" }).click();
  const note = page.getByTestId("chat-note").filter({ hasText: "Позвонить покупателю после 18:00" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("видна только команде");
  await page.screenshot({ path: testInfo.outputPath("inbox-desktop.png") });

  // Keyboard: j/k move through the list, Enter opens, e resolves and reopens, / searches, ? helps, r replies.
  await page.locator(`[data-chat-id="${openId}"]`).focus();
  await page.keyboard.press("j");
  const second = page.locator('[data-testid="chat-row"]:focus');
  await expect(second).toHaveCount(1);
  const secondId = await second.getAttribute("data-chat-id");
  expect(secondId).not.toBe(openId);
  await page.keyboard.press("k");
  await expect(page.locator(`[data-chat-id="${openId}"]`)).toBeFocused();
  await page.keyboard.press("j");
  await expect(page.locator(`[data-chat-id="${secondId}"]`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`chat=${secondId}`));
  await expect(page.getByTestId("thread-title")).toBeVisible();
  await page.keyboard.press("e");
  await expect(thread(page).getByText("Решён", { exact: true })).toBeVisible();
  await page.keyboard.press("e");
  await expect(thread(page).getByText("Решён", { exact: true })).toHaveCount(0);
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Горячие клавиши" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("следующий чат");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await page.keyboard.press("r");
  await expect(page.locator("#composer-input")).toBeFocused();
});

test("on a phone one pane at a time: the list, then the thread with a way back", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await expect(rows(page).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Разделы" })).toBeHidden();
  await page.locator("#inbox-view-select").selectOption("all");
  await expect(page).toHaveURL(/view=all/);
  await expect(rows(page).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("inbox-phone-list.png") });
  await rows(page).first().click();
  await expect(page.getByTestId("thread-title")).toBeVisible();
  await expect(page.getByTestId("chat-list")).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("inbox-phone-thread.png") });
  await page.getByRole("button", { name: /Назад/ }).click();
  await expect(page.getByTestId("chat-list")).toBeVisible();
});

// The e2e server's own simulator (scripts/e2e-server.mjs), which pushes Ozon webhooks to the app.
const SIMULATOR_URL = (
  process.env.SIMULATOR_URL ?? `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`
).replace(/\/$/, "");

test("new chats and messages show up without a reload within 5 seconds, without moving the list", async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.goto("/inbox?view=all&sort=recent&marketplace=ozon");
  await expect(rows(page).first()).toBeVisible();
  // The operator has scrolled a little: note the row at the top of the list and where it is.
  const list = page.getByTestId("chat-list");
  await list.evaluate((el) => el.scrollTo({ top: 3 * 88 + 30 }));
  const topRow = () =>
    list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const row = document.elementFromPoint(box.left + 40, box.top + 10)?.closest<HTMLElement>("[data-chat-id]");
      return { id: row?.dataset.chatId, top: Math.round(row?.getBoundingClientRect().top ?? -1) };
    });
  const before = await topRow();
  expect(before.id).toBeTruthy();

  const question = `Здравствуйте! Есть ли размер 44? ${Date.now()}`;
  const arrived = page.waitForResponse(
    async (r) => r.url().includes("/api/chats?") && (await r.text()).includes(question),
    { timeout: 5_000 },
  );
  const injected = await request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", text: question },
  });
  expect(injected.status(), `simulator at ${SIMULATOR_URL}`).toBe(201);
  const { chatId } = (await injected.json()) as { chatId: string };
  await arrived;
  await page.waitForTimeout(300); // a render
  expect(await topRow()).toEqual(before);

  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(rows(page).first()).toContainText(question.slice(0, 40));
  await openFirstRow(page);
  const followUp = `И ещё: когда отправите? ${Date.now()}`;
  expect(
    (
      await request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
        data: { marketplace: "ozon", chatId, text: followUp },
      })
    ).status(),
  ).toBe(201);
  await expect(page.getByTestId("thread-messages")).toContainText(followUp, { timeout: 5_000 });
});

test("the snooze menu closes with Escape and with a click elsewhere, leaving the chat as it was", async ({ page }) => {
  await signIn(page);
  await page.goto("/inbox?view=all");
  await rows(page).first().click();
  const snooze = thread(page).getByRole("button", { name: "Отложить", exact: true });
  const menu = page.locator('[id^="snooze-"]');
  await snooze.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(snooze).toBeVisible();
  await snooze.click();
  await expect(menu).toBeVisible();
  await page.getByTestId("thread-title").click();
  await expect(menu).toHaveCount(0);
  await expect(snooze).toHaveAttribute("aria-expanded", "false");
});
