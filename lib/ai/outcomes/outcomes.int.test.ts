import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDraftAcceptance } from "@/lib/ai/outcomes/get-draft-acceptance";
import { outcomeOfSend, recordDraftOutcome, recordReplyOutcome } from "@/lib/ai/outcomes/record-draft-outcome";
import { prisma } from "@/lib/db";
import { generateDraft } from "@/lib/inbox/generate-draft";
import { resolveWithoutReply } from "@/lib/inbox/resolve-without-reply";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const OFFLINE = { apiKey: undefined };

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Альфа", chats: 4 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
});
afterAll(() => db?.cleanup());

async function draftFor(chatId: string, workspaceId = a.workspace.id) {
  for await (const _ of await generateDraft({ workspaceId, chatId, config: OFFLINE })) {
    // drain: the draft is stored when the stream ends
  }
  return prisma().aiDraft.findFirstOrThrow({
    where: { chatId },
    orderBy: { createdAt: "desc" },
    include: { outcome: true },
  });
}

const outcomeOf = (draftId: string) => prisma().aiDraftOutcome.findUnique({ where: { draftId } });

describe("draft outcomes", () => {
  it("tells inserted, edited and discarded apart by edit distance", () => {
    expect(outcomeOfSend("Спасибо за заказ!", "Спасибо за заказ!")).toEqual({ outcome: "inserted", editDistance: 0 });
    expect(outcomeOfSend("Спасибо за заказ!", "Спасибо за ваш заказ!")).toEqual({ outcome: "edited", editDistance: 4 });
    expect(outcomeOfSend("Спасибо за заказ!", "Размер M есть, отправим завтра.").outcome).toBe("discarded");
  });

  it("marks the replaced draft as regenerated", async () => {
    const first = await draftFor(a.chatIds[0]!);
    const second = await draftFor(a.chatIds[0]!);
    expect(second.id).not.toBe(first.id);
    expect((await outcomeOf(first.id))?.outcome).toBe("regenerated");
    expect(await outcomeOf(second.id)).toBeNull();
  });

  it("records the sent reply against the pending draft, once", async () => {
    const draft = await draftFor(a.chatIds[1]!);
    await recordReplyOutcome({
      workspaceId: a.workspace.id,
      chatId: a.chatIds[1]!,
      text: `${draft.text} Хорошего дня!`,
      userId: a.operator.id,
    });
    const row = await outcomeOf(draft.id);
    expect(row).toMatchObject({
      outcome: "edited",
      editDistance: " Хорошего дня!".length,
      workspaceId: a.workspace.id,
      marketplace: "wildberries",
      kind: "CHAT",
    });
    // A second reply has no pending draft left: nothing changes.
    await recordReplyOutcome({ workspaceId: a.workspace.id, chatId: a.chatIds[1]!, text: "ещё" });
    expect((await outcomeOf(draft.id))?.outcome).toBe("edited");
  });

  it("resolves a chat without a reply and counts the suggestion as taken", async () => {
    const draft = await draftFor(a.chatIds[2]!);
    const chat = await resolveWithoutReply({ workspaceId: a.workspace.id, chatId: a.chatIds[2]! });
    expect(chat.status).toBe("RESOLVED");
    expect((await outcomeOf(draft.id))?.outcome).toBe("no_reply");
  });

  it("ignores another workspace's draft", async () => {
    const theirs = await draftFor(b.chatIds[0]!, b.workspace.id);
    expect(await recordDraftOutcome({ workspaceId: a.workspace.id, draftId: theirs.id, outcome: "inserted" })).toBe(
      false,
    );
    expect(await outcomeOf(theirs.id)).toBeNull();
    await recordDraftOutcome({ workspaceId: b.workspace.id, draftId: theirs.id, outcome: "discarded" });
  });

  it("reports acceptance per kind and per marketplace for the workspace only", async () => {
    const draft = await draftFor(a.chatIds[3]!);
    await recordDraftOutcome({ workspaceId: a.workspace.id, draftId: draft.id, outcome: "inserted", editDistance: 0 });
    const report = await getDraftAcceptance({
      workspaceId: a.workspace.id,
      from: new Date(Date.now() - 60_000),
      to: new Date(Date.now() + 60_000),
    });
    // regenerated, edited, no_reply, inserted: three of four used.
    expect(report.overall).toMatchObject({
      total: 4,
      inserted: 1,
      edited: 1,
      regenerated: 1,
      noReply: 1,
      discarded: 0,
      acceptance: 0.75,
    });
    expect(report.overall.meanEditDistance).toBe(" Хорошего дня!".length);
    expect(Object.keys(report.byKind)).toEqual(["CHAT"]);
    expect(report.byMarketplace.wildberries?.total).toBe(4);
    const own = await getDraftAcceptance({
      workspaceId: a.workspace.id,
      userId: a.operator.id,
      from: new Date(Date.now() - 60_000),
      to: new Date(Date.now() + 60_000),
    });
    expect(own.overall).toMatchObject({ total: 1, edited: 1 });
    const empty = await getDraftAcceptance({ workspaceId: a.workspace.id, from: new Date(0), to: new Date(1000) });
    expect(empty.overall).toMatchObject({ total: 0, acceptance: null });
  });
});
