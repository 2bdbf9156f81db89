import type { ThreadState } from "@/lib/ai/offline/thread-state";

// A short closing for a buyer who acknowledged ("ок", "спасибо, жду") or thanked after an answer. It
// answers nothing new, thanks no one "за вопрос", and keeps a promise already made in view.

const pick = <T>(options: readonly T[], variant: number): T => options[variant % options.length] as T;

export function closingReply({
  thread,
  english,
  variant,
}: {
  thread: ThreadState;
  english: boolean;
  variant: number;
}): string {
  if (english) {
    const first = pick(["Thank you!", "Thanks for letting us know!", "Great, thank you!"], variant);
    const next = thread.sellerPromised
      ? "We will update you here as soon as we have news."
      : pick(["If anything else comes up, just reply here.", "We are here if you need anything else."], variant);
    return `${first} ${next}`;
  }
  const first = thread.thanksAfterAnswer
    ? pick(["Рады были помочь!", "Всегда рады помочь!", "Спасибо вам!"], variant)
    : pick(["Спасибо!", "Хорошо, спасибо!", "Договорились, спасибо!"], variant);
  const next = thread.sellerPromised
    ? pick(["Как только будут новости, напишем здесь.", "Сообщим здесь, как только что-то изменится."], variant)
    : pick(["Если появятся вопросы — пишите, мы на связи.", "Если понадобится что-то ещё, пишите сюда."], variant);
  return `${first} ${next}`;
}
