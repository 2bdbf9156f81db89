/** An Ozon TYPE_NEW_MESSAGE push from a buyer, as the marketplace posts it. */
export function ozonBuyerPush({
  chatId,
  messageId,
  text,
  createdAt = new Date(),
}: {
  chatId: string;
  messageId: string;
  text: string;
  createdAt?: Date;
}) {
  return {
    message_type: "TYPE_NEW_MESSAGE",
    chat_id: chatId,
    chat_type: "Buyer_Seller",
    message_id: messageId,
    created_at: createdAt.toISOString(),
    user: { id: "115568", type: "Customer" },
    data: [text],
    seller_id: "7",
  };
}
