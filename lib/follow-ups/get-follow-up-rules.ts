import { prisma } from "@/lib/db";
import { FOLLOW_UP_DEFAULTS, FOLLOW_UP_KINDS } from "@/lib/follow-ups/default-templates";
import type { FollowUpRuleKind } from "@/lib/generated/prisma/enums";

export type FollowUpRuleView = {
  kind: FollowUpRuleKind;
  enabled: boolean;
  delayDays: number;
  template: string;
  defaultTemplate: string;
  isDefaultTemplate: boolean;
};

/** The workspace's three rules, defaults filled in (every rule is off until the seller turns it on). */
export async function getFollowUpRules({ workspaceId }: { workspaceId: string }): Promise<FollowUpRuleView[]> {
  const rows = await prisma().followUpRule.findMany({ where: { workspaceId } });
  return FOLLOW_UP_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    const defaults = FOLLOW_UP_DEFAULTS[kind];
    return {
      kind,
      enabled: row?.enabled ?? false,
      delayDays: row?.delayDays ?? defaults.delayDays,
      template: row?.template ?? defaults.template,
      defaultTemplate: defaults.template,
      isDefaultTemplate: !row?.template,
    };
  });
}
