import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../helpers";

// Team operations: labels (put on with `l`, filtering the list), bulk actions over "all matching this
// filter", and fair auto-assignment of a new chat to the operator with room.

const OPERATOR = { email: "operator@agentiq.local", password: "demo12345" };
const SIMULATOR_URL = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
const rows = (page: Page) => page.getByTestId("chat-row");

test.describe.configure({ mode: "serial" });

test("a label added with `l` filters the list and shows in the row", async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto("/settings/labels");
  // The list is the client's: once it shows the demo's labels, the form is hydrated.
  await expect(page.getByTestId("label-settings-list")).toContainText("Брак");
  // An empty name asks for one (not the rule about invisible characters).
  await page.getByRole("button", { name: "Добавить метку" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Введите название метки");
  await page.getByLabel("Название").fill("Возврат");
  await page.getByTitle("Красный").click();
  await page.getByRole("button", { name: "Добавить метку" }).click();
  await expect(page.getByTestId("label-settings-list")).toContainText("Возврат");

  await page.goto("/inbox?view=all&sort=recent");
  const chatId = await rows(page).first().getAttribute("data-chat-id");
  // The picker ticks from the chat's labels once they are loaded.
  const labelsLoaded = page.waitForResponse((r) => r.url().includes(`/api/chats/${chatId}/labels`));
  await rows(page).first().click();
  await expect(page.getByTestId("thread-title")).toBeVisible();
  await labelsLoaded;
  await page.keyboard.press("l");
  const picker = page.getByRole("group", { name: "Метки чата" });
  // The box is the server's state, ticked as soon as the change is sent (a controlled input, so click).
  await picker.getByLabel("Возврат").click();
  await expect(picker.getByLabel("Возврат")).toBeChecked({ timeout: 30_000 });
  await picker.getByRole("button", { name: "Закрыть" }).click();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId("label-filter").filter({ hasText: "Возврат" }).click();
  await expect(page).toHaveURL(/label=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-chat-id", chatId!);
  // The chat may already carry other labels (the demo's, or another spec's): the new one is among its chips.
  await expect(rows(page).first().getByTestId("label-chip").filter({ hasText: "Возврат" })).toHaveCount(1);
  await expect(page.getByTestId("label-filter").filter({ hasText: "Возврат" })).toContainText("1");
  await page.screenshot({ path: testInfo.outputPath("labels-desktop.png") });
});

test("an operator bulk-resolves all chats matching a filter, loaded or not", async ({ page }, testInfo) => {
  await signIn(page, OPERATOR);
  await page.goto("/inbox?marketplace=yandex_market");
  await expect(rows(page).first()).toBeVisible();
  await page.getByTestId("chat-row-select").first().click();
  await expect(page.getByTestId("bulk-count")).toHaveText("Выбрано: 1");
  const all = page.getByTestId("bulk-select-all");
  const n = Number((await all.textContent())?.match(/\d+/)?.[0]);
  expect(n).toBeGreaterThan(1);
  await all.click();
  await expect(page.getByTestId("bulk-count")).toHaveText(`Выбраны все ${n} по фильтру`);
  await page.screenshot({ path: testInfo.outputPath("bulk-desktop.png") });
  await page.getByTestId("bulk-resolve").click();
  await expect(page.getByTestId("bulk-status")).toHaveText(`Готово: изменено ${n} из ${n}`);
  await expect(page.getByText("Здесь пока пусто")).toBeVisible();
  await page.goto("/inbox?view=resolved&marketplace=yandex_market");
  await expect(rows(page)).not.toHaveCount(0);
});

test("auto-assignment hands a new chat to the operator with room", async ({ page, request }, testInfo) => {
  await signIn(page);
  await page.goto("/settings/assignment");
  await expect(page.getByTestId("assignment-member").first()).toBeVisible();
  const operatorRow = page.getByTestId("assignment-member").filter({ hasText: OPERATOR.email });
  const cap = operatorRow.getByLabel(/Лимит открытых чатов/);
  await cap.fill("500");
  await cap.blur();
  await operatorRow.getByLabel(/На смене/).click();
  await expect(operatorRow.getByLabel(/На смене/)).toBeChecked();
  await page.getByTestId("auto-assign").click();
  await expect(page.getByTestId("auto-assign")).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath("assignment-desktop.png"), fullPage: true });

  const question = `Подскажите, когда будет доставка? ${Date.now()}`;
  const injected = await request.post(`${SIMULATOR_URL}/_sim/buyer-messages`, {
    data: { marketplace: "ozon", text: question },
  });
  expect(injected.status()).toBe(201);
  type Page = { chats: { id: string; lastMessagePreview: string; assignee: { name: string | null } | null }[] };
  await expect
    .poll(
      async () => {
        const list = (await (
          await page.request.get("/api/chats?view=all&sort=recent&marketplace=ozon")
        ).json()) as Page;
        return list.chats.find((c) => c.lastMessagePreview.includes(question))?.assignee?.name ?? null;
      },
      { timeout: 15_000 },
    )
    .toBe("Олег Операторов");

  await page.goto("/inbox?view=all&sort=recent&marketplace=ozon");
  await rows(page)
    .filter({ hasText: question.slice(0, 30) })
    .click();
  await expect(page.locator('select[id^="assignee-"] option:checked')).toHaveText("Олег Операторов");
  await page.request.patch("/api/assignment", {
    data: { autoAssign: false },
    headers: { origin: new URL(page.url()).origin },
  });
});
