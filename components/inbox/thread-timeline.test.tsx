import { describe, expect, it } from "vitest";
import { ThreadTimeline } from "@/components/inbox/thread-timeline";
import type { ThreadMessage } from "@/components/inbox/types";
import { render } from "@/components/test/render";

// A review's pros and cons are stored as the buyer wrote them; the thread puts them under labels in the
// reader's language, the buyer's words marked as theirs.

const review: ThreadMessage = {
  id: "m1",
  author: "BUYER",
  text: "Сел по размеру",
  reviewPros: "Мягкий",
  reviewCons: "Линяет",
  createdAt: "2026-03-10T12:00:00.000Z",
  readAt: null,
  editedAt: null,
  originalText: null,
  status: null,
  error: null,
  sender: null,
  attachments: [],
};

const labels = (root: HTMLElement) => [...root.querySelectorAll("dt")].map((dt) => dt.textContent);
const timeline = (messages: ThreadMessage[]) => (
  <ThreadTimeline messages={messages} notes={[]} onDeleteNote={() => {}} canDeleteNote={() => false} />
);

describe("ThreadTimeline: a review's pros and cons", () => {
  it("are labelled in Russian for a Russian reader", async () => {
    const root = await render(timeline([review]));
    expect(labels(root)).toEqual(["Достоинства", "Недостатки"]);
    expect(root.querySelector('[data-testid="review-pros"]')?.textContent).toBe("Мягкий");
    expect(root.querySelector('[data-testid="review-cons"]')?.closest("[data-user-content]")).not.toBeNull();
  });

  it("are labelled in English for an English reader, with no Russian of the app's own", async () => {
    const root = await render(timeline([review]), { locale: "en" });
    expect(labels(root)).toEqual(["Pros", "Cons"]);
    const bubble = root.querySelector('[data-author="BUYER"]')!.cloneNode(true) as HTMLElement;
    bubble.querySelectorAll("[data-user-content]").forEach((el) => el.remove());
    expect(bubble.textContent).not.toMatch(/[\u0400-\u04FF]/);
  });

  it("only the parts the buyer wrote, none for a message without them", async () => {
    const root = await render(
      timeline([
        { ...review, reviewPros: null },
        { ...review, id: "m2", reviewCons: null },
      ]),
    );
    expect(labels(root)).toEqual(["Недостатки", "Достоинства"]);
    const plain = await render(timeline([{ ...review, reviewPros: null, reviewCons: null }]));
    expect(plain.querySelector("dl")).toBeNull();
  });
});
