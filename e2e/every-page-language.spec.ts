import { expect, test, type Page } from "@playwright/test";
import { CYRILLIC, findings, interfaceText, UNPROFESSIONAL } from "./page-text";

// Every page and the inbox's main panels, as the demo owner, in English and in Russian, on a desktop and a
// phone. English: no Russian outside what buyers and the workspace's people wrote (marked
// `data-user-content`). Russian: no raw code, empty value, `[object …]`, JSON or id. One browser context
// per language; soft checks, so one run lists every screen's problems.

const PAGES = [
  "/inbox",
  "/inbox?view=all",
  "/inbox?view=snoozed",
  "/inbox?view=negative",
  "/reports",
  "/reports/negative-reviews",
  "/scheduled",
  "/review-requests",
  "/settings/accounts",
  "/settings/team",
  "/settings/labels",
  "/settings/assignment",
  "/settings/business-hours",
  "/settings/follow-ups",
  "/settings/integrations",
  "/settings/ai",
  "/account",
];

const WORDS = {
  ru: {
    email: "Эл. почта",
    password: "Пароль",
    signIn: "Войти",
    loading: "Загрузка…",
    snippets: "Шаблоны ответов",
    menu: "Меню",
    labels: "Метки чата",
    note: "Заметка",
    reviewParts: ["Достоинства", "Недостатки"],
  },
  en: {
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    loading: "Loading…",
    snippets: "Saved replies",
    menu: "Menu",
    labels: "Chat labels",
    note: "Note",
    reviewParts: ["Pros", "Cons"],
  },
} as const;
type Lang = keyof typeof WORDS;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const rows = (page: Page) => page.getByTestId("chat-row");

async function settled(page: Page, lang: Lang) {
  await page.waitForLoadState("networkidle");
  await expect(page.getByText(WORDS[lang].loading)).toHaveCount(0);
}

async function check(page: Page, lang: Lang, where: string) {
  const text = await interfaceText(page);
  expect
    .soft(findings(text, lang === "en" ? [...CYRILLIC, ...UNPROFESSIONAL] : UNPROFESSIONAL), `${lang}: ${where}`)
    .toEqual([]);
}

async function noSideways(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** A chat that waits on a buyer's bare acknowledgement («ок»): its draft offers «Ответ не нужен». */
async function acknowledgedChat(page: Page): Promise<string | null> {
  const list = (await (await page.request.get("/api/chats?view=needs_reply&sort=recent")).json()) as {
    chats: { id: string; lastMessagePreview: string }[];
  };
  return list.chats.find((c) => /^(ок|ok|поняла, спасибо)$/i.test(c.lastMessagePreview.trim()))?.id ?? null;
}

async function walk(page: Page, lang: Lang) {
  const w = WORDS[lang];
  await page.goto("/sign-in");
  await page.context().addCookies([{ name: "locale", value: lang, url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await check(page, lang, "/sign-in");
  await page.getByLabel(w.email).fill("demo@agentiq.local");
  await page.getByLabel(w.password).fill("demo12345");
  await page.getByRole("button", { name: w.signIn, exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);

  for (const url of PAGES) {
    await page.goto(url);
    await settled(page, lang);
    await check(page, lang, url);
  }

  // The thread of a buyer who wrote more than once, with the buyer panel (a sheet under 1536 px).
  await page.goto("/inbox?view=all&chat=demo_chat_020");
  await expect(page.getByTestId("thread-title")).toBeVisible();
  await settled(page, lang);
  await check(page, lang, "a thread");
  await page.getByTestId("buyer-toggle").click();
  const panel = page.getByTestId("buyer-panel");
  await expect(panel.getByTestId("buyer-others").getByRole("button")).not.toHaveCount(0);
  await settled(page, lang);
  await check(page, lang, "the buyer panel");
  await panel.getByRole("button").first().click();
  await expect(panel).toHaveCount(0);

  // A review with the buyer's pros and cons: stored as the buyer wrote them, labelled in the reader's language.
  await page.goto("/inbox?view=all&chat=demo_chat_067");
  const review = page.getByTestId("thread-messages");
  await expect(review.getByTestId("review-cons")).toHaveText("Великоват в плечах");
  await expect(review.locator("dt")).toHaveText([...w.reviewParts]);
  await settled(page, lang);
  await check(page, lang, "a review's pros and cons");

  // Labels (`l`), saved replies ("/" with the preview), a note's @mention.
  await page.keyboard.press("l");
  const picker = page.getByRole("group", { name: w.labels });
  await expect(picker).toBeVisible();
  await check(page, lang, "the labels picker");
  await page.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  const composer = page.locator("#composer-input");
  await composer.fill("/");
  await expect(page.getByText(w.loading)).toHaveCount(0);
  await check(page, lang, "the saved replies menu");
  await composer.fill("");
  await page.getByRole("button", { name: w.note }).click();
  const note = page.locator('textarea[id^="note-"]');
  await note.fill("@");
  await expect(page.getByTestId("mention-menu")).toBeVisible();
  await check(page, lang, "a note's mentions");
  await note.fill("");

  // The draft of a chat the buyer only acknowledged: «Ответ не нужен».
  const acknowledged = await acknowledgedChat(page);
  expect(acknowledged, "the demo has a chat the buyer only acknowledged").toBeTruthy();
  await page.goto(`/inbox?view=all&chat=${acknowledged}`);
  await expect(page.getByTestId("draft-no-reply")).toBeVisible();
  await check(page, lang, "a draft that needs no reply");

  // Bulk actions, the shortcuts, saved replies and notifications.
  await page.goto("/inbox?view=all");
  await rows(page).first().waitFor();
  await page.getByTestId("chat-row-select").nth(0).click();
  await page.getByTestId("chat-row-select").nth(1).click();
  await expect(page.getByTestId("bulk-bar")).toBeVisible();
  await check(page, lang, "the bulk actions bar");
  await page.getByTestId("chat-row-select").nth(0).click();
  await page.getByTestId("chat-row-select").nth(1).click();
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts")).toBeVisible();
  await check(page, lang, "the shortcuts");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: w.snippets }).click();
  await expect(page.getByRole("dialog", { name: w.snippets })).toBeVisible();
  await settled(page, lang);
  await check(page, lang, "the saved replies");
  await page.keyboard.press("Escape");
  await page.getByTestId("notification-bell").click();
  await settled(page, lang);
  await check(page, lang, "the notifications");
  await page.keyboard.press("Escape");

  // A phone: every page again, nothing wider than the screen, the thread and the buyer sheet.
  await page.setViewportSize(PHONE);
  for (const url of PAGES) {
    await page.goto(url);
    await settled(page, lang);
    await check(page, lang, `${url} on a phone`);
    await noSideways(page, `${lang}: ${url} on a phone`);
  }
  // A snoozed chat's row: the return time, the case and the reply deadline all inside the row.
  await page.goto("/inbox?view=snoozed");
  await expect(page.getByTestId("snoozed-until").first()).toBeVisible();
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="chat-row"]')].flatMap((row) => {
      const edge = row.getBoundingClientRect().right;
      return [
        ...row.querySelectorAll(
          '[data-testid="sla-badge"], [data-testid="review-countdown"], [data-testid="snoozed-until"]',
        ),
      ]
        .filter((badge) => badge.getBoundingClientRect().right > edge + 1)
        .map((badge) => badge.textContent);
    }),
  );
  expect.soft(clipped, `${lang}: badges cut off at a snoozed row's edge on a phone`).toEqual([]);
  await page.goto("/inbox?view=all&chat=demo_chat_020");
  await expect(page.getByTestId("thread-title")).toBeVisible();
  await settled(page, lang);
  await noSideways(page, `${lang}: a thread on a phone`);
  await page.getByTestId("buyer-toggle").click();
  await expect(page.getByTestId("buyer-others").getByRole("button").first()).toBeInViewport();
  await check(page, lang, "the buyer sheet on a phone");
  await page.getByTestId("buyer-panel").getByRole("button").first().click();
  await page.getByTestId("header-menu").click();
  await expect(page.getByRole("dialog", { name: w.menu })).toBeVisible();
  await check(page, lang, "the menu on a phone");
}

const NOT_FOUND = { ru: "Страница не найдена", en: "Page not found" } as const;

test("an address the app does not have says so in each language", async ({ page }) => {
  for (const lang of ["ru", "en"] as const) {
    await page.context().addCookies([{ name: "locale", value: lang, url: "http://127.0.0.1" }]);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: NOT_FOUND[lang] })).toBeVisible();
    await check(page, lang, "an unknown address");
    expect(await interfaceText(page)).not.toMatch(lang === "ru" ? /could not be found/i : /[\u0400-\u04FF]/);
  }
});

test.describe("every page in each language", () => {
  test.use({ viewport: DESKTOP });

  for (const lang of ["en", "ru"] as const) {
    test(`${lang}: every page and panel, desktop and phone`, async ({ page }) => {
      test.setTimeout(180_000);
      await walk(page, lang);
    });
  }
});
