/** A chat's dispute as the inbox shows it: open while the latest opening is after any closing. */
export function disputeState({
  disputeOpenedAt,
  disputeClosedAt,
}: {
  disputeOpenedAt: Date | null;
  disputeClosedAt: Date | null;
}): "open" | "finished" | null {
  if (disputeClosedAt && (!disputeOpenedAt || disputeClosedAt >= disputeOpenedAt)) return "finished";
  return disputeOpenedAt ? "open" : null;
}
