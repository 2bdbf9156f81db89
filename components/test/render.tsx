import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { vi } from "vitest";
import { Providers } from "@/components/providers";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { parsedDictionary } from "@/lib/i18n/parsed-dictionary";

// A component rendered as the app renders it (dictionary, query client) and driven as a user would:
// typing fires the input events React listens to, submitting goes through the form's own handler.

const mounted: { root: Root; container: HTMLElement }[] = [];

export async function render(ui: ReactNode, { locale = "ru" }: { locale?: Locale } = {}): Promise<HTMLElement> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () =>
    root.render(
      <Providers locale={locale} dictionary={dictionaries[locale]} messages={parsedDictionary(locale)}>
        {ui}
      </Providers>,
    ),
  );
  return container;
}

export function unmountAll(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
}

/** Lets pending promises (fetch, validation) and the renders they cause settle. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** The control labelled `label` (its <label>, aria-label or aria-labelledby), as a user finds it. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  root: HTMLElement,
  label: string,
  selector = "input, textarea, select",
): T {
  const labelled = [...root.querySelectorAll<HTMLElement>(selector)].find(
    (el) =>
      el.getAttribute("aria-label") === label ||
      [...((el as HTMLInputElement).labels ?? [])].some((l) => l.textContent?.trim().startsWith(label)),
  );
  if (!labelled) throw new Error(`No control labelled "${label}"`);
  return labelled as T;
}

/** Types `value` into the control, replacing what it held. */
export async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => {
    form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await settle();
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await settle();
}

/** The error shown for a control: the text of the elements its aria-describedby names, and of any alert in its form. */
export function errorOf(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

type Answer = { status?: number; body?: unknown };
/** A stubbed fetch: each request answered by the first route whose method and URL match; the calls recorded. */
export function stubApi(routes: { method?: string; url: RegExp; answer: Answer | ((body: unknown) => Answer) }[]) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? "GET";
      const body = typeof init.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ method, url, body });
      const route = routes.find((r) => (r.method ?? "GET") === method && r.url.test(url));
      const answer = !route
        ? { status: 404, body: {} }
        : typeof route.answer === "function"
          ? route.answer(body)
          : route.answer;
      return new Response(JSON.stringify(answer.body ?? null), {
        status: answer.status ?? 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

/** The body a route answers a zod refusal with (lib/http/route.ts): 400 and the issues' paths and codes. */
export function fieldRefusal(issues: { path: string; code: string }[]): Answer {
  return {
    status: 400,
    body: { error: { code: "bad_request", issues: issues.map((i) => ({ ...i, message: "refused" })) } },
  };
}
