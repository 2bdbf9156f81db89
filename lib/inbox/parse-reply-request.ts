import type { NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseJson } from "@/lib/http/route";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";

// Above the largest total any marketplace accepts (Wildberries: 30 MB); the per-marketplace limits
// are checked by sendReply.
export const MAX_REPLY_BODY_BYTES = 40 * 1024 * 1024;

/**
 * A reply request is JSON, or multipart/form-data when it carries files (fields as strings, files
 * under "files"). Either way the fields go through `schema`.
 */
export async function parseReplyRequest<T extends z.ZodType>(req: NextRequest, schema: T): Promise<{ input: z.infer<T>; files: OutgoingFile[] }> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_REPLY_BODY_BYTES) throw new AppError("payload_too_large", "The files are too large");
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const hasBody = length > 0 || type.includes("json");
    return { input: hasBody ? await parseJson(req, schema) : schema.parse({}), files: [] };
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("bad_request", "Body must be multipart/form-data");
  }
  const fields: Record<string, string> = {};
  const files: OutgoingFile[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = value;
    else if (key === "files") {
      files.push({ fileName: value.name || "file", mimeType: value.type || "application/octet-stream", bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  if (files.reduce((sum, f) => sum + f.bytes.byteLength, 0) > MAX_REPLY_BODY_BYTES) throw new AppError("payload_too_large", "The files are too large");
  return { input: schema.parse(fields), files };
}
