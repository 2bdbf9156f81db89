// The page for an address the app does not have (a mistyped or outdated link).
export const notFoundPageRu = {
  title: "Страница не найдена",
  text: "Такого адреса нет: возможно, ссылка устарела или в ней опечатка.",
  home: "На главную",
};

export const notFoundPageEn: typeof notFoundPageRu = {
  title: "Page not found",
  text: "There is no such address: the link may be outdated or mistyped.",
  home: "Go to the start page",
};
