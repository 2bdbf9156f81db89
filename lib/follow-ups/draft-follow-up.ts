import { z } from "zod";
import { draftReply } from "@/lib/ai/draft-reply";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { pickProvider, type AiConfigInput } from "@/lib/ai/provider";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { FOLLOW_UP_KINDS } from "@/lib/follow-ups/default-templates";
import { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import { renderFollowUp } from "@/lib/follow-ups/render-follow-up";
import { aiConfig } from "@/lib/inbox/ai-config";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";
import { logger } from "@/lib/log";

const log = logger("follow-ups");

export const followUpDraftInputSchema = z.object({ kind: z.enum(FOLLOW_UP_KINDS).default("RESOLVED") });

const INSTRUCTIONS: Record<(typeof FOLLOW_UP_KINDS)[number], string> = {
  RESOLVED:
    "Это не ответ на последнее сообщение: напиши короткое повторное сообщение через несколько дней после того, как вопрос покупателя решён. Спроси, всё ли в порядке, и предложи написать в этот чат, если нужна помощь.",
  CROSS_SELL:
    "Это не ответ на последнее сообщение: напиши короткое повторное сообщение через неделю после покупки и мягко предложи сопутствующие товары из этого магазина на маркетплейсе: {related}.",
  REFILL:
    "Это не ответ на последнее сообщение: напиши короткое напоминание, что расходный товар скоро может закончиться, и его можно заказать снова в этом магазине на маркетплейсе.",
};

/**
 * Text for "Запланировать": the LLM when one is configured (told it is a follow-up, not a reply),
 * otherwise the workspace's template for that kind filled in for the chat. Guardrail findings come
 * with it, so the thread highlights them before the operator schedules.
 */
export async function draftFollowUp({
  workspaceId,
  chatId,
  kind,
  config = aiConfig(),
  fetchImpl,
}: {
  workspaceId: string;
  chatId: string;
  kind: (typeof FOLLOW_UP_KINDS)[number];
  config?: AiConfigInput;
  fetchImpl?: typeof fetch;
}) {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    include: { workspace: { select: { name: true } } },
  });
  if (!chat) throw notFound("Chat not found");
  const [rules, product] = await Promise.all([
    getFollowUpRules({ workspaceId }),
    chat.productId
      ? prisma().productSetting.findUnique({
          where: {
            workspaceId_marketplace_productId: {
              workspaceId,
              marketplace: chat.marketplace,
              productId: chat.productId,
            },
          },
        })
      : null,
  ]);
  const related = product?.relatedProducts.join(", ") || null;
  if (kind === "CROSS_SELL" && !related) {
    // Nothing to offer: a cross-sell without products would read "often bought with: ." to the buyer.
    const ru = "Для товара этого чата не указаны сопутствующие товары: добавьте их в Настройки → Повторные сообщения.";
    const en = "No related products are set for this chat's product: add them at Settings → Follow-ups.";
    throw new AppError("unprocessable", en, { details: { reason: "no_related_products", ru, en } });
  }
  const template = rules.find((r) => r.kind === kind)!.template;
  const fallback = renderFollowUp({
    template,
    variables: {
      customerName: chat.customerName,
      productTitle: product?.title || chat.productTitle,
      relatedProducts: related,
      shopName: chat.workspace.name,
    },
  }).text;

  if (pickProvider({ config, fetchImpl }).source === "llm") {
    const { context } = await buildDraftContext({ workspaceId, chatId });
    const extraInstructions = INSTRUCTIONS[kind].replace("{related}", related ?? "—");
    const result = await draftReply({
      context: { ...context, tone: { formality: "вы", ...context.tone, extraInstructions } },
      config,
      fetchImpl,
      onLlmError: (error) => log.warn("llm follow-up draft failed, template used", { chatId, reason: error.reason }),
    });
    if (result.source === "llm") return { text: result.text, source: "llm" as const, findings: result.findings };
  }
  return {
    text: fallback,
    source: "template" as const,
    findings: checkText({ text: fallback, marketplace: chat.marketplace, messageType: "chat" }).findings,
  };
}
