// Notifications (the bell and their emails): stored as a kind with values, worded here when they are read.

const LEFT_RU =
  "{unit, select, minute {{n, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}} other {{n, plural, one {# час} few {# часа} many {# часов} other {# часа}}}}";
const LEFT_EN =
  "{unit, select, minute {{n, plural, one {# minute} other {# minutes}}} other {{n, plural, one {# hour} other {# hours}}}}";

export const notificationsRu = {
  mention: { title: "{author} упомянул(а) вас в заметке" },
  reminder: {
    title: "Отзыв {rating}★, {who}: опубликуют через {left}",
    body: "Через {left} отзыв опубликуют как есть, если покупатель его не изменит ({where}).",
  },
  escalation: {
    title: "Нет ответа 24 часа: отзыв {rating}★, {who}",
    body: "Покупатель написал больше 24 часов назад, ответа нет ({where}).",
  },
  left: LEFT_RU,
  buyer: "покупатель",
  openChat: "Откройте чат: {link}",
  subject: "AgentIQ: {title}",
};

export const notificationsEn: typeof notificationsRu = {
  mention: { title: "{author} mentioned you in a note" },
  reminder: {
    title: "{left} left on {who}'s {rating}★ review",
    body: "The review will be published as it stands in {left} unless the buyer updates it ({where}).",
  },
  escalation: {
    title: "No reply for 24 hours to {who}'s {rating}★ review",
    body: "The buyer wrote more than 24 hours ago and nobody has answered ({where}).",
  },
  left: LEFT_EN,
  buyer: "a buyer",
  openChat: "Open the chat: {link}",
  subject: "AgentIQ: {title}",
};
