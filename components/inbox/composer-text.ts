import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { FileIssue } from "@/lib/inbox/reply-files";

// Small pieces of the composer's wording and identity.

export function newRequestId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; a LAN address over http is not one.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const FILE_ISSUE_CODES = new Set<string>(["not_allowed", "too_many", "type", "size", "total"]);

/** The file issues of a refused send (its error's details.issues), to word in the page's language. */
export function fileIssuesOf(details: Record<string, unknown>): FileIssue[] {
  const issues = Array.isArray(details.issues) ? (details.issues as unknown[]) : [];
  return issues.filter(
    (issue): issue is FileIssue =>
      typeof issue === "object" && issue !== null && FILE_ISSUE_CODES.has(String((issue as { code?: unknown }).code)),
  );
}

export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function fileIssueText(t: Dictionary, issue: FileIssue, locale: string): string {
  const f = t.composer.files;
  switch (issue.code) {
    case "not_allowed":
      return f.not_allowed;
    case "too_many":
      return formatMessage(locale, f.too_many, { limit: issue.limit });
    case "type":
      return formatMessage(locale, f.type, { name: issue.fileName, types: issue.allowed.join(", ") });
    case "size":
      return formatMessage(locale, f.size, { name: issue.fileName, mb: megabytes(issue.limitBytes) });
    case "total":
      return formatMessage(locale, f.total, { mb: megabytes(issue.limitBytes) });
  }
}
