// Settings → AI drafts: the shop's facts the drafts rely on.

export const aiSettingsRu = {
  nav: "ИИ-черновики",
  title: "Факты о магазине для черновиков",
  intro:
    "Напишите один раз условия доставки, подсказки по размерам и правила возврата — черновики ответов будут опираться на них, а не на общие фразы. Телефоны, ссылки, почту и мессенджеры сюда писать нельзя: площадки запрещают уводить покупателя, такие факты не сохранятся.",
  ownersOnly: "Изменять факты может только владелец.",
  fields: {
    delivery: { label: "Доставка", hint: "Сроки отправки и доставки, способы, регионы." },
    sizes: { label: "Размеры", hint: "Как садятся модели, на что смотреть в таблице размеров." },
    returns: { label: "Возврат и обмен", hint: "Сроки и порядок возврата через площадку." },
    other: { label: "Другое", hint: "Гарантия, комплектация, уход за товаром." },
  },
  counter: "{n} из {limit}",
  save: "Сохранить",
  saving: "Сохраняем…",
  saved: "Сохранено",
  rejected: "Не сохранено: исправьте отмеченные факты.",
  error: "Не удалось сохранить. Попробуйте ещё раз.",
  loadError: "Не удалось загрузить факты о магазине.",
};

export const aiSettingsEn: typeof aiSettingsRu = {
  nav: "AI drafts",
  title: "Shop facts for drafts",
  intro:
    "Write your delivery terms, size tips and return rules once: reply drafts will rely on them instead of generic phrases. No phone numbers, links, e-mail or messengers here: marketplaces forbid taking buyers elsewhere, and such facts are not saved.",
  ownersOnly: "Only the owner can change the facts.",
  fields: {
    delivery: { label: "Delivery", hint: "Dispatch and delivery times, methods, regions." },
    sizes: { label: "Sizes", hint: "How the items fit, what to look at in the size chart." },
    returns: { label: "Returns and exchanges", hint: "Return period and how to return through the marketplace." },
    other: { label: "Other", hint: "Warranty, what is in the box, care." },
  },
  counter: "{n} of {limit}",
  save: "Save",
  saving: "Saving…",
  saved: "Saved",
  rejected: "Not saved: fix the facts marked below.",
  error: "Could not save. Please try again.",
  loadError: "Could not load the shop facts.",
};
