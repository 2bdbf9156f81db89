// What the thread and the list show of a scheduled message (never the chat's account or credentials).
export const SCHEDULED_SELECT = {
  id: true,
  chatId: true,
  text: true,
  sendAt: true,
  status: true,
  source: true,
  ruleKind: true,
  amazonMessageType: true,
  cancelReason: true,
  error: true,
  errorParams: true,
  sentMessageId: true,
  sentAt: true,
  cancelledAt: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
  // A failed send retried from the thread: the reply's own status is the truth.
  sentMessage: { select: { status: true } },
} as const;

export const SCHEDULED_WITH_CHAT_SELECT = {
  ...SCHEDULED_SELECT,
  chat: {
    select: { id: true, marketplace: true, customerName: true, productTitle: true, orderId: true, status: true },
  },
} as const;
