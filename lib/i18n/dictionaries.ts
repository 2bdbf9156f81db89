// Russian first; English mirrors every key (the type makes a missing translation a compile error).
import { inboxEn, inboxRu } from "@/lib/i18n/inbox";
import { reviewsEn, reviewsRu } from "@/lib/i18n/reviews";
import { negativeEn, negativeRu } from "@/lib/i18n/negative-reviews";
import { followUpsEn, followUpsRu } from "@/lib/i18n/follow-ups";
import { demoEn, demoRu } from "@/lib/i18n/demo";
import { notFoundPageEn, notFoundPageRu } from "@/lib/i18n/not-found";
import { securityEn, securityRu } from "@/lib/i18n/security";
import { quarantineEn, quarantineRu } from "@/lib/i18n/quarantine";
import { accountErrorsEn, accountErrorsRu } from "@/lib/i18n/account-errors";
import { teamOpsEn, teamOpsRu } from "@/lib/i18n/team-ops";
import { reportsEn, reportsRu } from "@/lib/i18n/reports";
import { aiSettingsEn, aiSettingsRu } from "@/lib/i18n/ai-settings";
import { notificationsEn, notificationsRu } from "@/lib/i18n/notifications";
import { sendFailuresEn, sendFailuresRu } from "@/lib/i18n/send-failures";
import { outgoingRefusalsEn, outgoingRefusalsRu } from "@/lib/i18n/outgoing-refusals";
import { messageNoticesEn, messageNoticesRu } from "@/lib/i18n/message-notices";
import { scheduledFailuresEn, scheduledFailuresRu } from "@/lib/i18n/scheduled-failures";
import { proactiveRefusalsEn, proactiveRefusalsRu } from "@/lib/i18n/proactive-refusals";
import { avitoOauthEn, avitoOauthRu } from "@/lib/i18n/avito-oauth";
import { reviewRequestReasonsEn, reviewRequestReasonsRu } from "@/lib/i18n/review-request-reasons";
import { webhookEventReasonsEn, webhookEventReasonsRu } from "@/lib/i18n/webhook-event-reasons";
import { composerEn, composerRu, draftPanelEn, draftPanelRu } from "@/lib/i18n/composer";
import { accountsEn, accountsRu } from "@/lib/i18n/accounts";

export const ru = {
  appName: "AgentIQ Inbox",
  demo: demoRu,
  notFoundPage: notFoundPageRu,
  signIn: {
    title: "Вход",
    email: "Эл. почта",
    password: "Пароль",
    submit: "Войти",
    submitting: "Входим…",
    invalid: "Неверная почта или пароль",
    noAccount: "Нет аккаунта?",
    signUp: "Зарегистрироваться",
    demoHint: "Демо-доступ",
    demoButton: "Войти в демо",
    magicLink: "Получить ссылку для входа на почту",
    magicSent: "Ссылка для входа отправлена на почту.",
  },
  signUp: {
    title: "Регистрация",
    name: "Ваше имя",
    workspaceName: "Название магазина",
    submit: "Создать аккаунт",
    haveAccount: "Уже есть аккаунт?",
    passwordHint: "Не меньше 8 символов",
  },
  invite: {
    title: "Приглашение в команду",
    join: "Присоединиться к «{workspace}»",
    existingHint: "Если у вас уже есть аккаунт с этой почтой, введите его пароль.",
    accept: "Принять приглашение",
    invalid: "Приглашение недействительно или истекло.",
  },
  nav: {
    inbox: "Входящие",
    team: "Команда",
    settings: "Настройки",
    signOut: "Выйти",
    language: "English",
    menu: "Меню",
    sections: "Разделы",
  },
  inbox: inboxRu,
  team: {
    title: "Команда",
    members: "Участники",
    invites: "Приглашения",
    emailInvalid: "Введите адрес почты, например name@shop.ru",
    inviteTitle: "Пригласить оператора",
    email: "Эл. почта",
    role: "Роль",
    roles: { OWNER: "Владелец", OPERATOR: "Оператор" },
    send: "Пригласить",
    linkCreated: "Ссылка-приглашение (отправьте её сотруднику):",
    emailed: "Письмо с приглашением отправлено.",
    ownersOnly: "Приглашать могут только владельцы.",
    expires: "до",
  },
  accounts: accountsRu,
  composer: composerRu,
  draftPanel: draftPanelRu,
  errors: {
    generic: "Что-то пошло не так. Попробуйте ещё раз.",
    network: "Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.",
    invalid: "Проверьте заполнение полей.",
    field: "Недопустимое значение",
    required: "Заполните поле",
    tooShort: "Слишком коротко",
    tooLong: "Слишком длинно",
    format: "Неверный формат",
    forbidden: "Это действие доступно только владельцу.",
    notFound: "Не найдено: возможно, это уже удалили.",
    conflict: "Это уже изменили: обновите страницу и попробуйте ещё раз.",
    tooLarge: "Слишком большой объём данных.",
    tooMany: "Слишком много попыток. Попробуйте позже.",
    upstream: "Маркетплейс не ответил. Попробуйте позже.",
  },
  security: securityRu,
  reviews: reviewsRu,
  negative: negativeRu,
  followUps: followUpsRu,
  quarantine: quarantineRu,
  accountErrors: accountErrorsRu,
  ops: teamOpsRu,
  reports: reportsRu,
  aiSettings: aiSettingsRu,
  notices: notificationsRu,
  sendFailures: sendFailuresRu,
  outgoingRefusals: outgoingRefusalsRu,
  messageNotices: messageNoticesRu,
  scheduledFailures: scheduledFailuresRu,
  proactiveRefusals: proactiveRefusalsRu,
  avitoOauth: avitoOauthRu,
  reviewRequestReasons: reviewRequestReasonsRu,
  webhookEventReasons: webhookEventReasonsRu,
};

export type Dictionary = typeof ru;

export const en: Dictionary = {
  appName: "AgentIQ Inbox",
  demo: demoEn,
  notFoundPage: notFoundPageEn,
  signIn: {
    title: "Sign in",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalid: "Wrong email or password",
    noAccount: "No account yet?",
    signUp: "Sign up",
    demoHint: "Demo access",
    demoButton: "Open the demo",
    magicLink: "Email me a sign-in link",
    magicSent: "A sign-in link has been sent to your email.",
  },
  signUp: {
    title: "Sign up",
    name: "Your name",
    workspaceName: "Store name",
    submit: "Create account",
    haveAccount: "Already have an account?",
    passwordHint: "At least 8 characters",
  },
  invite: {
    title: "Team invitation",
    join: "Join “{workspace}”",
    existingHint: "If you already have an account with this email, enter its password.",
    accept: "Accept invitation",
    invalid: "This invitation is invalid or has expired.",
  },
  nav: {
    inbox: "Inbox",
    team: "Team",
    settings: "Settings",
    signOut: "Sign out",
    language: "Русский",
    menu: "Menu",
    sections: "Sections",
  },
  inbox: inboxEn,
  team: {
    title: "Team",
    members: "Members",
    invites: "Invitations",
    emailInvalid: "Enter an email address, such as name@shop.com",
    inviteTitle: "Invite an operator",
    email: "Email",
    role: "Role",
    roles: { OWNER: "Owner", OPERATOR: "Operator" },
    send: "Invite",
    linkCreated: "Invitation link (send it to your colleague):",
    emailed: "The invitation email has been sent.",
    ownersOnly: "Only owners can invite.",
    expires: "until",
  },
  accounts: accountsEn,
  composer: composerEn,
  draftPanel: draftPanelEn,
  errors: {
    generic: "Something went wrong. Please try again.",
    network: "Cannot reach the server. Check the connection and try again.",
    invalid: "Check the fields.",
    field: "Invalid value",
    required: "Fill in this field",
    tooShort: "Too short",
    tooLong: "Too long",
    format: "Wrong format",
    forbidden: "Only the workspace owner can do this.",
    notFound: "Not found: it may have been deleted.",
    conflict: "This was changed meanwhile: reload the page and try again.",
    tooLarge: "Too much data.",
    tooMany: "Too many attempts. Try again later.",
    upstream: "The marketplace did not answer. Try again later.",
  },
  security: securityEn,
  reviews: reviewsEn,
  negative: negativeEn,
  followUps: followUpsEn,
  quarantine: quarantineEn,
  accountErrors: accountErrorsEn,
  ops: teamOpsEn,
  reports: reportsEn,
  aiSettings: aiSettingsEn,
  notices: notificationsEn,
  sendFailures: sendFailuresEn,
  outgoingRefusals: outgoingRefusalsEn,
  messageNotices: messageNoticesEn,
  scheduledFailures: scheduledFailuresEn,
  proactiveRefusals: proactiveRefusalsEn,
  avitoOauth: avitoOauthEn,
  reviewRequestReasons: reviewRequestReasonsEn,
  webhookEventReasons: webhookEventReasonsEn,
};

export const LOCALES = ["ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const dictionaries: Record<Locale, Dictionary> = { ru, en };
