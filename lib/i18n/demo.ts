// The banner every page of a demo instance (DEMO_WORKSPACE) shows.
export const demoRu = {
  banner: "Демо-версия: данные вымышленные, демо-пароль открыт всем. Не подключайте настоящие аккаунты.",
  label: "Демо-версия",
};

export const demoEn: typeof demoRu = {
  banner: "Demo instance: made-up data, the demo password is public. Do not connect real accounts.",
  label: "Demo instance",
};
