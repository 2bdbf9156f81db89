// Team off-boarding, account security and the sign-up/sign-in/password-reset flows.

export const securityRu = {
  signIn: {
    forgot: "Забыли пароль?",
    tooMany:
      "Слишком много попыток входа. Попробуйте через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.",
    verified: "Почта подтверждена, магазин создан. Войдите с паролем, который вы задали.",
    reset: "Пароль изменён. Войдите с новым паролем.",
    ended: "Сеансы завершены. Войдите снова.",
  },
  signUp: {
    checkEmail: "Проверьте почту",
    checkEmailText:
      "Мы отправили письмо на {email}. Откройте ссылку из письма, чтобы подтвердить адрес и создать магазин. Ссылка действует 24 часа.",
    tooMany:
      "Слишком много попыток. Попробуйте через {minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.",
  },
  verify: {
    title: "Подтверждение почты",
    text: "Нажмите кнопку, чтобы подтвердить адрес и создать магазин.",
    submit: "Подтвердить почту",
    invalid: "Ссылка недействительна, уже использована или истекла. Зарегистрируйтесь ещё раз.",
  },
  forgot: {
    title: "Восстановление пароля",
    text: "Укажите почту, с которой вы входите. Мы пришлём ссылку для нового пароля.",
    submit: "Прислать ссылку",
    sent: "Если аккаунт с этой почтой есть, письмо со ссылкой уже в пути. Ссылка действует 1 час.",
    back: "Вернуться ко входу",
  },
  reset: {
    title: "Новый пароль",
    password: "Новый пароль",
    submit: "Сохранить пароль",
    invalid: "Ссылка недействительна, уже использована или истекла. Запросите новую.",
    again: "Запросить новую ссылку",
  },
  account: {
    nav: "Профиль",
    title: "Профиль и безопасность",
    passwordTitle: "Смена пароля",
    current: "Текущий пароль",
    next: "Новый пароль",
    change: "Сменить пароль",
    changed: "Пароль изменён. На других устройствах нужно войти заново.",
    wrongPassword: "Текущий пароль указан неверно.",
    sessionsTitle: "Сеансы",
    sessionsText:
      "Выйти на всех устройствах, включая это. Пригодится, если вы входили с чужого компьютера или потеряли телефон.",
    signOutEverywhere: "Выйти на всех устройствах",
    confirmSignOut: "Завершить все сеансы, включая этот?",
    confirmYes: "Да, выйти везде",
  },
  team: {
    you: "вы",
    roleLabel: "Роль: {name}",
    remove: "Удалить",
    removeTitle: "Удалить участника",
    removeConfirm: "Удалить {name} из команды? Доступ пропадёт сразу, назначенные чаты вернутся в общую очередь.",
    removeYes: "Да, удалить",
    roleTitle: "Сменить роль",
    roleConfirm: "Сделать {name} — {role}? При понижении все сеансы этого участника завершатся.",
    roleYes: "Сменить роль",
    revoke: "Отозвать",
    revokeTitle: "Отозвать приглашение",
    revokeConfirm: "Отозвать приглашение для {email}? Ссылка перестанет работать.",
    revokeYes: "Да, отозвать",
    cancel: "Отмена",
    close: "Закрыть",
    lastOwner: "В команде должен остаться хотя бы один владелец.",
    notFound: "Участник или приглашение уже удалены. Обновите страницу.",
    alreadyMember: "Этот человек уже в команде: приглашать не нужно.",
  },
  audit: {
    title: "Журнал действий",
    empty: "Пока нет записей.",
    when: "Когда",
    who: "Кто",
    what: "Что",
    target: "Кого касается",
    actions: {
      "member.removed": "Удалил участника",
      "member.role_changed": "Сменил роль",
      "invite.created": "Пригласил",
      "invite.revoked": "Отозвал приглашение",
      "password.changed": "Сменил пароль",
      "password.reset": "Восстановил пароль по почте",
      "sessions.ended": "Вышел на всех устройствах",
    } as Record<string, string>,
  },
};

export type SecurityDictionary = typeof securityRu;

export const securityEn: SecurityDictionary = {
  signIn: {
    forgot: "Forgot your password?",
    tooMany: "Too many sign-in attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
    verified: "Email confirmed and your shop created. Sign in with the password you chose.",
    reset: "Password changed. Sign in with the new password.",
    ended: "Sessions ended. Please sign in again.",
  },
  signUp: {
    checkEmail: "Check your email",
    checkEmailText:
      "We sent an email to {email}. Open the link in it to confirm the address and create your shop. The link is valid for 24 hours.",
    tooMany: "Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.",
  },
  verify: {
    title: "Confirm your email",
    text: "Press the button to confirm the address and create your shop.",
    submit: "Confirm email",
    invalid: "This link is invalid, already used or expired. Please sign up again.",
  },
  forgot: {
    title: "Reset password",
    text: "Enter the email you sign in with. We will send a link to set a new password.",
    submit: "Send link",
    sent: "If there is an account with this email, the link is on its way. It is valid for 1 hour.",
    back: "Back to sign-in",
  },
  reset: {
    title: "New password",
    password: "New password",
    submit: "Save password",
    invalid: "This link is invalid, already used or expired. Request a new one.",
    again: "Request a new link",
  },
  account: {
    nav: "Profile",
    title: "Profile and security",
    passwordTitle: "Change password",
    current: "Current password",
    next: "New password",
    change: "Change password",
    changed: "Password changed. Other devices have to sign in again.",
    wrongPassword: "The current password is wrong.",
    sessionsTitle: "Sessions",
    sessionsText:
      "Sign out on every device, this one included. Useful after signing in on someone else's computer or losing a phone.",
    signOutEverywhere: "Sign out everywhere",
    confirmSignOut: "End every session, this one included?",
    confirmYes: "Yes, sign out everywhere",
  },
  team: {
    you: "you",
    roleLabel: "Role: {name}",
    remove: "Remove",
    removeTitle: "Remove member",
    removeConfirm:
      "Remove {name} from the team? Access ends at once; their assigned chats go back to the shared queue.",
    removeYes: "Yes, remove",
    roleTitle: "Change role",
    roleConfirm: "Make {name} {role}? A demotion ends all of this member's sessions.",
    roleYes: "Change role",
    revoke: "Revoke",
    revokeTitle: "Revoke invitation",
    revokeConfirm: "Revoke the invitation for {email}? The link will stop working.",
    revokeYes: "Yes, revoke",
    cancel: "Cancel",
    close: "Close",
    lastOwner: "The team must keep at least one owner.",
    notFound: "This member or invitation is already gone. Reload the page.",
    alreadyMember: "This person is already on the team: no invitation needed.",
  },
  audit: {
    title: "Activity log",
    empty: "No entries yet.",
    when: "When",
    who: "Who",
    what: "What",
    target: "Concerning",
    actions: {
      "member.removed": "Removed a member",
      "member.role_changed": "Changed a role",
      "invite.created": "Invited",
      "invite.revoked": "Revoked an invitation",
      "password.changed": "Changed their password",
      "password.reset": "Reset their password by email",
      "sessions.ended": "Signed out everywhere",
    } as Record<string, string>,
  },
};

/** "5 minutes" from a Retry-After in seconds, rounded up, at least 1. */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
