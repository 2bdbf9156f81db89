import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FOLLOW_UP_DEFAULTS } from "@/lib/follow-ups/default-templates";
import type { FollowUpRulesUpdate } from "@/lib/follow-ups/follow-up-rules-schema";
import { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import { previewFollowUp } from "@/lib/follow-ups/render-follow-up";
import { checkText } from "@/lib/ai/guardrails/check-text";

/** Saves the owner's rules. A template is checked with sample values: unknown tags and guardrail breaks are refused. */
export async function updateFollowUpRules({
  workspaceId,
  update,
}: {
  workspaceId: string;
  update: FollowUpRulesUpdate;
}) {
  for (const rule of update.rules) {
    if (!rule.template) continue;
    const { text, unknownVariables } = previewFollowUp({ template: rule.template });
    if (unknownVariables.length) {
      throw new AppError("unprocessable", `Unknown variables: ${unknownVariables.join(", ")}`, {
        details: { reason: "template", kind: rule.kind, unknownVariables },
      });
    }
    const check = checkText({ text, marketplace: "wildberries", messageType: "chat" });
    if (!check.ok) {
      throw new AppError("unprocessable", "The template breaks the marketplaces' rules", {
        details: { reason: "guardrails", kind: rule.kind, findings: check.findings },
      });
    }
  }
  await prisma().$transaction(
    update.rules.map((rule) => {
      const template = rule.template && rule.template !== FOLLOW_UP_DEFAULTS[rule.kind].template ? rule.template : null;
      const data = { enabled: rule.enabled, delayDays: rule.delayDays, template };
      return prisma().followUpRule.upsert({
        where: { workspaceId_kind: { workspaceId, kind: rule.kind } },
        create: { workspaceId, kind: rule.kind, ...data },
        update: data,
      });
    }),
  );
  return getFollowUpRules({ workspaceId });
}
