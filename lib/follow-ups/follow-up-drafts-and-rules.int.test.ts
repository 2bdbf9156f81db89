import { describe, expect, it, vi } from "vitest";
import { draftFollowUp } from "@/lib/follow-ups/draft-follow-up";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";
import { saveProductSetting } from "@/lib/follow-ups/save-product-setting";
import { updateChat } from "@/lib/inbox/update-chat";
import { createSimChat } from "@/lib/inbox/testing/sim-chat";
import { DAY, followUpsWorldPerFile } from "@/lib/test/follow-ups-world";
import { rejection } from "@/lib/test/rejection";

// Follow-up drafts and rules on a real database against the marketplace simulator: drafts per reason from the
// workspace's templates, rules on resolve, and reasons stored as codes (older Russian ones read back).

const w = followUpsWorldPerFile();

describe("follow-up drafts and rules", () => {
  it("drafts per reason from the workspace's templates; a cross-sell without related products is refused with the reason", async () => {
    const chat = await createSimChat({
      sim: w.sim,
      account: w.wb,
      extra: { productId: "nm-777", productTitle: "Кофе в зёрнах" },
    });
    const offline = {}; // no API key: the workspace's templates
    const checkIn = await draftFollowUp({
      workspaceId: w.a.workspace.id,
      chatId: chat.id,
      kind: "RESOLVED",
      config: offline,
    });
    expect(checkIn).toMatchObject({ source: "template", text: expect.stringContaining("Всё ли теперь в порядке") });
    const refill = await draftFollowUp({
      workspaceId: w.a.workspace.id,
      chatId: chat.id,
      kind: "REFILL",
      config: offline,
    });
    expect(refill.text).toContain("«Кофе в зёрнах»");
    const error = await rejection(
      draftFollowUp({ workspaceId: w.a.workspace.id, chatId: chat.id, kind: "CROSS_SELL", config: offline }),
    );
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({
      reason: "no_related_products",
      ru: expect.stringContaining("сопутствующие"),
    });

    await saveProductSetting({
      workspaceId: w.a.workspace.id,
      input: {
        marketplace: "wildberries",
        productId: "nm-777",
        title: "Кофе в зёрнах",
        relatedProducts: ["турка", "кофемолка"],
        consumable: true,
        refillDays: 30,
      },
    });
    const crossSell = await draftFollowUp({
      workspaceId: w.a.workspace.id,
      chatId: chat.id,
      kind: "CROSS_SELL",
      config: offline,
    });
    expect(crossSell.text).toContain("турка, кофемолка");
    expect(crossSell.findings).toEqual([]);
  });

  it("rules on resolve: off by default; when on, a follow-up and a cross-sell are scheduled once per turn and reopening cancels them", async () => {
    const chat = await createSimChat({
      sim: w.sim,
      account: w.wb,
      extra: { productId: "nm-501", productTitle: "Зелёный чай" },
    });
    await updateChat({ workspaceId: w.a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } });
    await new Promise((r) => setTimeout(r, 200));
    expect(await w.db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(0);

    await updateFollowUpRules({
      workspaceId: w.a.workspace.id,
      update: {
        rules: [
          { kind: "RESOLVED", enabled: true, delayDays: 3, template: null },
          { kind: "CROSS_SELL", enabled: true, delayDays: 7, template: null },
        ],
      },
    });
    await saveProductSetting({
      workspaceId: w.a.workspace.id,
      input: {
        marketplace: "wildberries",
        productId: "nm-501",
        title: "Зелёный чай",
        relatedProducts: ["чайник"],
        consumable: false,
        refillDays: null,
      },
    });
    await updateChat({ workspaceId: w.a.workspace.id, chatId: chat.id, update: { status: "OPEN" } });
    await updateChat({ workspaceId: w.a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } });
    await vi.waitFor(
      async () =>
        expect(await w.db.prisma.scheduledMessage.count({ where: { chatId: chat.id, status: "SCHEDULED" } })).toBe(2),
      { timeout: 15_000, interval: 50 },
    );
    const rows = await w.db.prisma.scheduledMessage.findMany({
      where: { chatId: chat.id },
      orderBy: { sendAt: "asc" },
    });
    expect(rows.map((r) => [r.ruleKind, Math.round((r.sendAt.getTime() - r.createdAt.getTime()) / DAY)])).toEqual([
      ["RESOLVED", 3],
      ["CROSS_SELL", 7],
    ]);
    expect(rows[1]!.text).toContain("чайник");

    await updateChat({ workspaceId: w.a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } }); // again: no duplicates
    await new Promise((r) => setTimeout(r, 300));
    expect(await w.db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(2);
    await updateChat({ workspaceId: w.a.workspace.id, chatId: chat.id, update: { status: "OPEN" } });
    expect(
      await w.db.prisma.scheduledMessage.count({
        where: { chatId: chat.id, status: "CANCELLED", cancelReason: "reopened" },
      }),
    ).toBe(2);
    await updateFollowUpRules({
      workspaceId: w.a.workspace.id,
      update: {
        rules: [
          { kind: "RESOLVED", enabled: false, delayDays: 3, template: null },
          { kind: "CROSS_SELL", enabled: false, delayDays: 7, template: null },
        ],
      },
    });
  });

  it("reasons stored as Russian sentences before the codes are read back and reworded; unknown ones shown as stored", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const old = async (error: string) =>
      (
        await w.db.prisma.scheduledMessage.create({
          data: {
            workspaceId: w.a.workspace.id,
            chatId: chat.id,
            text: "Здравствуйте!",
            sendAt: new Date(),
            status: "FAILED",
            error,
          },
        })
      ).id;
    const interrupted = await old(
      "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.",
    );
    const guardrails = await old(
      "Текст нарушает правила маркетплейса: Номер телефона (в том числе словами или с заменой цифр): контакты вне площадки запрещены.; Текст длиннее лимита площадки: 1200 из 1000 символов. Сократите на 200.",
    );
    const typeNotOffered = await old(
      "Amazon сейчас не предлагает тип «confirmOrderDetails» для этого заказа (доступно: unexpectedProblem)",
    );
    const reply = await old("Маркетплейс ограничил частоту запросов. Повторите через 30 с.");
    const unknown = await old("Продавец заблокирован модератором");
    const en = async (id: string) => w.shown(chat.id, id, "en");
    expect(await en(interrupted)).toMatchObject({
      error:
        "Sending was interrupted (server failure): the message may have gone out. Check the chat before trying again.",
      errorVerbatim: false,
    });
    expect((await en(guardrails)).error).toBe(
      "The text breaks the marketplace's rules: Phone number (also in words or with letters for digits): contacts outside the marketplace are forbidden.; " +
        "The text is longer than the marketplace allows: 1200 of 1000 characters. Shorten it by 200 characters.",
    );
    expect((await en(typeNotOffered)).error).toBe(
      "Amazon does not offer “confirmOrderDetails” for this order now (available: unexpectedProblem)",
    );
    expect((await en(reply)).error).toBe("The marketplace limited the request rate. Try again in 30 seconds.");
    expect(await en(unknown)).toMatchObject({ error: "Продавец заблокирован модератором", errorVerbatim: true });
    // Russian reads as it did.
    expect((await w.shown(chat.id, interrupted, "ru")).error).toBe(
      "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.",
    );
    expect((await w.shown(chat.id, reply, "ru")).error).toBe(
      "Маркетплейс ограничил частоту запросов. Повторите через 30 секунд.",
    );
  });

  it("a rule that cannot apply to the chat is stored as refused, with the reason", async () => {
    await updateFollowUpRules({
      workspaceId: w.a.workspace.id,
      update: { rules: [{ kind: "RESOLVED", enabled: true, delayDays: 3, template: null }] },
    });
    const direct = await createSimChat({ sim: w.sim, account: w.ym });
    await updateChat({ workspaceId: w.a.workspace.id, chatId: direct.id, update: { status: "RESOLVED" } });
    await vi.waitFor(
      async () => expect(await w.db.prisma.scheduledMessage.count({ where: { chatId: direct.id } })).toBe(1),
      { timeout: 15_000, interval: 50 },
    );
    const refused = await w.db.prisma.scheduledMessage.findFirstOrThrow({ where: { chatId: direct.id } });
    expect(refused).toMatchObject({
      status: "CANCELLED",
      cancelReason: "not_allowed",
      error: "not_allowed",
      errorParams: { refusal: "direct_chat" },
    });
    expect((await w.shown(direct.id, refused.id, "ru")).error).toContain("Яндекс Маркет");
    expect((await w.shown(direct.id, refused.id, "en")).error).toContain(
      "Yandex Market lets the seller write first only",
    );
    await updateFollowUpRules({
      workspaceId: w.a.workspace.id,
      update: { rules: [{ kind: "RESOLVED", enabled: false, delayDays: 3, template: null }] },
    });
  });
});
