"use client";

import { useI18n } from "@/components/providers";

/**
 * A line of the connect form's help. Its «quoted» words are the marketplace's own menu and button names,
 * which a Russian seller cabinet shows in Russian whatever our language: on an English page those are
 * marked as Russian, so they are read (and checked) as quoted Russian, not as untranslated text.
 */
export function ConnectHelpText({ text }: { text: string }) {
  const { locale } = useI18n();
  if (locale === "ru") return text;
  return text.split(/(«[^»]*»)/).map((part, i) =>
    part.startsWith("«") && /\p{Script=Cyrillic}/u.test(part) ? (
      <span key={i} lang="ru">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
