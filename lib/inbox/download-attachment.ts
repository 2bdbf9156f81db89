import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import {
  MarketplaceError,
  MarketplaceRejectedError,
  MarketplaceUnsupportedError,
} from "@/lib/marketplaces/http/errors";
import { logger } from "@/lib/log";

const log = logger("inbox");

// Shown inline only when the browser cannot be made to run them (no SVG, no HTML).
const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"]);

export type AttachmentFile =
  | { status: "ready"; bytes: Uint8Array; mimeType: string; fileName: string; inline: boolean }
  | { status: "pending"; retryAfterSeconds: number };

/**
 * An attachment of the member's workspace, fetched through its account's connector (which holds the
 * credentials): the browser never sees a marketplace URL or token.
 */
export async function downloadAttachment({
  workspaceId,
  attachmentId,
}: {
  workspaceId: string;
  attachmentId: string;
}): Promise<AttachmentFile> {
  const attachment = await prisma().attachment.findFirst({
    where: { id: attachmentId, message: { chat: { workspaceId } } },
    select: {
      externalId: true,
      sourceRef: true,
      fileName: true,
      mimeType: true,
      message: {
        select: {
          chat: {
            select: { account: { select: { id: true, marketplace: true, credentialsEnc: true, baseUrls: true } } },
          },
        },
      },
    },
  });
  if (!attachment) throw notFound("Attachment not found");
  const account = attachment.message.chat.account;
  let result;
  try {
    const connector = connectorForAccount({ account });
    result = await connector.downloadAttachment({
      attachment: { externalId: attachment.externalId, url: attachment.sourceRef },
    });
  } catch (error) {
    if (error instanceof MarketplaceUnsupportedError)
      throw new AppError("unprocessable", "This marketplace does not let us download the file");
    if (error instanceof MarketplaceError) {
      log.warn("attachment download failed", { accountId: account.id, code: error.code, status: error.status });
      throw new AppError(
        "upstream",
        error instanceof MarketplaceRejectedError
          ? "The marketplace refused the file"
          : "Could not fetch the file from the marketplace",
      );
    }
    throw error;
  }
  if (result.status === "pending") return { status: "pending", retryAfterSeconds: result.retryAfterSeconds };
  if (result.status === "rejected") throw new AppError("upstream", "The marketplace refused the file");
  const mimeType = (attachment.mimeType || result.mimeType || "application/octet-stream")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  return {
    status: "ready",
    bytes: result.bytes,
    mimeType,
    fileName: attachment.fileName,
    inline: INLINE_IMAGE_TYPES.has(mimeType),
  };
}
