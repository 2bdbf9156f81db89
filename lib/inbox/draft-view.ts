import { z } from "zod";
import { withEnglishMessage } from "@/lib/ai/finding-text";
import { findingSchema, type DraftResult } from "@/lib/ai/types";

// An AiDraft row as the draft panel receives it. Findings are stored as JSON; parsed on the way out
// so a malformed row cannot reach the browser as something else; rows older than the English
// messages get theirs rebuilt from the rule.
export const DRAFT_SELECT = {
  id: true,
  text: true,
  source: true,
  model: true,
  latencyMs: true,
  findings: true,
  fallbackReason: true,
  noReply: true,
  createdAt: true,
} as const;

type DraftRow = {
  id: string;
  text: string;
  source: string;
  model: string;
  latencyMs: number;
  findings: unknown;
  fallbackReason: string | null;
  noReply: boolean;
  createdAt: Date;
};

export function toDraftView(row: DraftRow) {
  const findings = z.array(findingSchema).safeParse(row.findings);
  return { ...row, findings: findings.success ? findings.data.map(withEnglishMessage) : [] };
}

export type DraftView = ReturnType<typeof toDraftView>;

export function draftRowData(result: DraftResult) {
  return {
    text: result.text,
    source: result.source,
    model: result.model,
    latencyMs: Math.round(result.latencyMs),
    findings: result.findings,
    fallbackReason: result.fallbackReason ?? null,
    noReply: result.noReply,
  };
}
