// Marketplaces identify orders in two ways: a number the buyer sees in their orders (digits with dashes:
// Ozon posting numbers "83746791-8418-1", Amazon order ids "402-1234567-1234567", plain numbers) and
// internal identifiers nobody would recognise (Wildberries' `rid`, a 32-character hash, or a UUID).
// Only the first may be shown or written as «заказ №»; otherwise a reply says "ваш заказ".

/** The order's number as a person knows it, or null when the marketplace gave only an internal id. */
export function displayOrderNumber(orderId: string | null | undefined): string | null {
  const value = orderId?.trim();
  return value && /^\d[\d-]{3,30}$/.test(value) ? value : null;
}
