// Marketplaces identify orders in two ways: a number the buyer sees in their orders ("83746791-8418-1",
// "402-1234567-1234567", "1234567890") and internal identifiers nobody would recognise (Wildberries'
// `rid`, a 32-character hex hash, or a UUID). Only the first may be shown or written as «заказ №».

const HEX_HASH = /^(?=[0-9a-f]*[a-f])[0-9a-f]{16,}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The order's number as a person knows it, or null when the marketplace gave only an internal id. */
export function displayOrderNumber(orderId: string | null | undefined): string | null {
  const value = orderId?.trim();
  if (!value || HEX_HASH.test(value) || UUID.test(value)) return null;
  return value;
}
