import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { RulesForm } from "@/components/follow-ups/rules-form";
import { BusinessHoursForm } from "@/components/reports/business-hours-form";
import { ShopFactsForm } from "@/components/settings/shop-facts-form";
import { render, settle, stubApi, submit } from "@/components/test/render";
import { ru } from "@/lib/i18n/dictionaries";

const rule = (kind: string) => ({
  kind,
  enabled: false,
  delayDays: 3,
  template: "Здравствуйте!",
  defaultTemplate: "Здравствуйте!",
  isDefaultTemplate: true,
});

// The settings forms share one save: each says «saved» as a status once the route has the form.
const FORMS: { name: string; ui: ReactNode; url: RegExp; body: unknown; saved: string }[] = [
  {
    name: "follow-up rules",
    ui: <RulesForm canEdit />,
    url: /\/api\/follow-up-rules$/,
    body: { rules: [rule("RESOLVED"), rule("CROSS_SELL"), rule("REFILL")] },
    saved: ru.followUps.settings.saved,
  },
  {
    name: "business hours",
    ui: <BusinessHoursForm canEdit />,
    url: /\/api\/reports\/settings$/,
    body: { timeZone: "Europe/Moscow", weekly: null, daysOff: [], slaBusinessHours: false },
    saved: ru.reports.hours.saved,
  },
  {
    name: "shop facts",
    ui: <ShopFactsForm canEdit />,
    url: /\/api\/shop-facts$/,
    body: { delivery: "Отправляем за 1 день", sizes: "", returns: "", other: "" },
    saved: ru.aiSettings.saved,
  },
];

describe("useSettingsForm", () => {
  it.each(FORMS)("$name: announces «saved» as a status once the route has the form", async (form) => {
    const calls = stubApi([
      { url: form.url, answer: { body: form.body } },
      { method: "PUT", url: form.url, answer: { body: form.body } },
    ]);
    const root = await render(form.ui);
    await settle();
    expect(root.querySelector("[role=status]")).toBeNull();
    await submit(root.querySelector("form")!);
    expect(calls.filter((c) => c.method === "PUT")).toHaveLength(1);
    expect(root.querySelector("[role=status]")?.textContent).toBe(form.saved);
  });
});
