// GET /api/attachments/[id] - a message attachment, fetched through the account's connector
import { withMember } from "@/lib/http/route";
import { downloadAttachment } from "@/lib/inbox/download-attachment";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) => {
  const file = await downloadAttachment({ workspaceId: member.workspaceId, attachmentId: pathId(params) });
  if (file.status === "pending") {
    // The marketplace is still checking the file (Wildberries moderation): the browser may retry.
    return Response.json(
      { error: { code: "pending", message: "The file is not ready yet" } },
      { status: 503, headers: { "retry-after": String(file.retryAfterSeconds) } },
    );
  }
  const name = encodeURIComponent(file.fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return new Response(Buffer.from(file.bytes), {
    headers: {
      // Anything but a plain image downloads; even then the content cannot run script or be sniffed.
      "content-type": file.inline ? file.mimeType : "application/octet-stream",
      "content-disposition": `${file.inline ? "inline" : "attachment"}; filename*=UTF-8''${name}`,
      "content-security-policy": "default-src 'none'; sandbox",
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=3600",
    },
  });
});
