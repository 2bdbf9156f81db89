import { checkText } from "@/lib/ai/guardrails/check-text";
import { prisma } from "@/lib/db";
import { checkProactive } from "@/lib/follow-ups/check-proactive";
import { findingRule } from "@/lib/ai/finding-text";
import { failureColumns, refusalFailure, type ScheduledFailure } from "@/lib/follow-ups/scheduled-failure";
import { getFollowUpRules, type FollowUpRuleView } from "@/lib/follow-ups/get-follow-up-rules";
import { addLocalDays } from "@/lib/time/zoned-time";
import { renderFollowUp } from "@/lib/follow-ups/render-follow-up";
import type { FollowUpRuleKind } from "@/lib/generated/prisma/enums";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import { logger } from "@/lib/log";
import { withDomainEvent } from "@/lib/events/bus";

const log = logger("follow-ups");

export type RuleOutcome = {
  kind: FollowUpRuleKind;
  outcome: "scheduled" | "refused" | "not_applicable" | "duplicate";
  reason?: ScheduledFailure;
};

/**
 * On resolve: schedules each enabled rule that applies to the chat (cross-sell needs related products,
 * refill a consumable product). A rule the marketplace does not allow here, or whose text breaks the
 * guardrails, is stored as refused (CANCELLED, not_allowed) with the reason, so the operator sees it in
 * the thread. Idempotent per conversation turn: the key is the rule and the buyer's last message.
 */
export async function scheduleRuleFollowUps({
  workspaceId,
  chatId,
  now = new Date(),
}: {
  workspaceId: string;
  chatId: string;
  now?: Date;
}): Promise<RuleOutcome[]> {
  const db = prisma();
  const rules = (await getFollowUpRules({ workspaceId })).filter((r) => r.enabled);
  if (!rules.length) return [];
  const chat = await db.chat.findFirst({
    where: { id: chatId, workspaceId },
    include: { account: true, workspace: { select: { name: true, timeZone: true } } },
  });
  // Reopened (or gone) by the time this runs: nothing to follow up.
  if (!chat || chat.status !== "RESOLVED") return [];
  const [product, lastBuyer] = await Promise.all([
    chat.productId
      ? db.productSetting.findUnique({
          where: {
            workspaceId_marketplace_productId: {
              workspaceId,
              marketplace: chat.marketplace,
              productId: chat.productId,
            },
          },
        })
      : null,
    db.message.findFirst({
      where: { chatId: chat.id, author: "BUYER" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  ]);
  const { verdict } = await checkProactive({ chat, purpose: "rule" });
  const variables = {
    customerName: chat.customerName,
    productTitle: product?.title || chat.productTitle,
    relatedProducts: product?.relatedProducts.join(", ") || null,
    shopName: chat.workspace.name,
  };

  const outcomes: RuleOutcome[] = [];
  for (const rule of rules) {
    const delayDays = delayFor({ rule, product });
    if (delayDays === null) {
      outcomes.push({ kind: rule.kind, outcome: "not_applicable" });
      continue;
    }
    const { text } = renderFollowUp({ template: rule.template, variables });
    const check = checkText({ text, marketplace: chat.marketplace, messageType: "chat" });
    const refusal: ScheduledFailure | null = !verdict.ok
      ? refusalFailure(verdict.refusal)
      : !check.ok
        ? { code: "template_guardrails", params: { findings: check.findings.map(findingRule) } }
        : null;
    try {
      await withDomainEvent({ name: "follow-ups/scheduled.changed", data: { workspaceId, chatId: chat.id } }, (tx) =>
        tx.scheduledMessage.create({
          data: {
            workspaceId,
            chatId: chat.id,
            text,
            sendAt: addLocalDays({ at: now, days: delayDays, zone: chat.workspace.timeZone }),
            source: "RULE",
            ruleKind: rule.kind,
            dedupKey: `${rule.kind}:${lastBuyer?.id ?? "none"}`,
            ...(refusal
              ? { status: "CANCELLED", cancelReason: "not_allowed", ...failureColumns(refusal), cancelledAt: now }
              : {}),
          },
        }),
      );
      outcomes.push(
        refusal ? { kind: rule.kind, outcome: "refused", reason: refusal } : { kind: rule.kind, outcome: "scheduled" },
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      outcomes.push({ kind: rule.kind, outcome: "duplicate" });
    }
  }
  log.info("rules on resolve", { chatId: chat.id, outcomes: outcomes.map((o) => `${o.kind}:${o.outcome}`).join(",") });
  return outcomes;
}

function delayFor({
  rule,
  product,
}: {
  rule: FollowUpRuleView;
  product: { relatedProducts: string[]; consumable: boolean; refillDays: number | null } | null;
}): number | null {
  if (rule.kind === "CROSS_SELL") return product?.relatedProducts.length ? rule.delayDays : null;
  if (rule.kind === "REFILL") return product?.consumable ? (product.refillDays ?? rule.delayDays) : null;
  return rule.delayDays;
}
