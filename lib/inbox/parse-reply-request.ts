import type { NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { assertStorableText, parseJson } from "@/lib/http/route";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";

/**
 * A reply request is JSON, or multipart/form-data when it carries files (fields as strings, files
 * under "files"). Either way the fields go through `schema`. A multipart body is read against
 * `maxBytes` while it streams (413 past it, the rest never read), then parsed.
 */
export async function parseReplyRequest<T extends z.ZodType>(
  req: NextRequest,
  schema: T,
  { maxBytes }: { maxBytes: number },
): Promise<{ input: z.infer<T>; files: OutgoingFile[] }> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const hasBody = Number(req.headers.get("content-length") ?? 0) > 0 || type.includes("json");
    return { input: hasBody ? await parseJson(req, schema) : schema.parse({}), files: [] };
  }
  const bytes = await readLimitedBody({ req, maxBytes });
  let form: FormData;
  try {
    form = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw new AppError("bad_request", "Body must be multipart/form-data");
  }
  const fields: Record<string, string> = {};
  const files: OutgoingFile[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") fields[key] = value;
    else if (key === "files") {
      files.push({
        fileName: value.name || "file",
        mimeType: value.type || "application/octet-stream",
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    }
  }
  assertStorableText({ fields, fileNames: files.map((f) => f.fileName) });
  return { input: schema.parse(fields), files };
}
