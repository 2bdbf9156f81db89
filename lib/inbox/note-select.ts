/** What the thread shows of an internal note. */
export const NOTE_SELECT = {
  id: true,
  text: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;
