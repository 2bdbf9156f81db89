import { expect, test } from "@playwright/test";
import { signIn } from "../helpers";

// Operators in Russia type with the Russian layout on: the inbox's single-key shortcuts follow the key's
// place on the keyboard, so they work without switching layouts.

test("shortcuts work with the Russian layout on (the J key gives «о»)", async ({ page }) => {
  await signIn(page);
  const rows = page.getByTestId("chat-row");
  await expect(rows.nth(1)).toBeVisible();
  // What Chromium sends for the J and K keys when the Russian layout is active.
  const press = (key: string, code: string) =>
    page.evaluate(
      ([k, c]) => window.dispatchEvent(new KeyboardEvent("keydown", { key: k, code: c, bubbles: true })),
      [key, code],
    );
  // The cursor starts on the first row: j moves it down, k back up.
  await press("о", "KeyJ");
  await expect(rows.nth(1)).toBeFocused();
  await press("о", "KeyJ");
  await expect(rows.nth(2)).toBeFocused();
  await press("л", "KeyK");
  await expect(rows.nth(1)).toBeFocused();
});
