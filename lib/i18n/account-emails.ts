// Account emails (lib/auth/account-email.ts): sign-up confirmation, "you already have an account", password
// reset, invitation, sign-in link. In the recipient's language; {link} is the one link each carries.

export const accountEmailsRu = {
  signUp: {
    subject: "Подтвердите почту — AgentIQ Inbox",
    text: "Чтобы закончить регистрацию в AgentIQ Inbox и создать «{workspace}», подтвердите почту:\n{link}\n\nСсылка действует {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}}. Если вы не регистрировались, просто удалите это письмо.",
  },
  alreadyRegistered: {
    subject: "У вас уже есть аккаунт — AgentIQ Inbox",
    text: "Кто-то (возможно, вы) пытался зарегистрироваться в AgentIQ Inbox с этой почтой, но аккаунт с ней уже есть.\nВойти: {link}\nЗабыли пароль? {forgot}\n\nЕсли это были не вы, просто удалите это письмо.",
  },
  passwordReset: {
    subject: "Восстановление пароля — AgentIQ Inbox",
    text: "Чтобы задать новый пароль для AgentIQ Inbox, откройте ссылку:\n{link}\n\nСсылка действует {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}} и срабатывает один раз. Если вы не запрашивали восстановление, просто удалите это письмо: пароль останется прежним.",
  },
  invite: {
    subject: "Приглашение в {workspace} — AgentIQ Inbox",
    text: "Вас пригласили работать с чатами покупателей в AgentIQ Inbox ({workspace}).\nПринять приглашение: {link}\nСсылка действует {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.",
  },
  signInLink: {
    subject: "Вход в AgentIQ Inbox",
    text: "Чтобы войти в AgentIQ Inbox, откройте ссылку:\n{link}\n\nСсылка действует 24 часа. Если вы не запрашивали вход, просто удалите это письмо.",
  },
};

export const accountEmailsEn: typeof accountEmailsRu = {
  signUp: {
    subject: "Confirm your email — AgentIQ Inbox",
    text: "To finish signing up for AgentIQ Inbox and create “{workspace}”, confirm your email:\n{link}\n\nThe link works for {hours, plural, one {# hour} other {# hours}}. If you did not sign up, just delete this email.",
  },
  alreadyRegistered: {
    subject: "You already have an account — AgentIQ Inbox",
    text: "Someone (perhaps you) tried to sign up for AgentIQ Inbox with this email, but an account with it already exists.\nSign in: {link}\nForgot your password? {forgot}\n\nIf it was not you, just delete this email.",
  },
  passwordReset: {
    subject: "Password reset — AgentIQ Inbox",
    text: "To set a new password for AgentIQ Inbox, open the link:\n{link}\n\nThe link works for {minutes, plural, one {# minute} other {# minutes}} and only once. If you did not ask for a reset, just delete this email: your password stays as it is.",
  },
  invite: {
    subject: "Invitation to {workspace} — AgentIQ Inbox",
    text: "You have been invited to work with buyer chats in AgentIQ Inbox ({workspace}).\nAccept the invitation: {link}\nThe link works for {days, plural, one {# day} other {# days}}.",
  },
  signInLink: {
    subject: "Sign in to AgentIQ Inbox",
    text: "To sign in to AgentIQ Inbox, open the link:\n{link}\n\nThe link works for 24 hours. If you did not ask to sign in, just delete this email.",
  },
};
