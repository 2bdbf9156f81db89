import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { effectiveDueAt, urgencyKeySql } from "@/lib/inbox/chat-sla";
import { DEFAULT_SLA_MINUTES } from "@/lib/ingest/refresh-chat-state";

describe("effectiveDueAt", () => {
  const since = new Date("2026-11-20T10:00:00Z");
  it("is null when nobody awaits a reply, even with a stale slaDueAt", () => {
    expect(effectiveDueAt({ kind: "CHAT", slaDueAt: since, awaitingReplySince: null })).toBeNull();
  });
  it("prefers the classifier's slaDueAt", () => {
    const due = new Date("2026-11-20T11:00:00Z");
    expect(effectiveDueAt({ kind: "CHAT", slaDueAt: due, awaitingReplySince: since })).toEqual(due);
  });
  it("falls back to awaitingReplySince plus the kind's default", () => {
    expect(effectiveDueAt({ kind: "CHAT", slaDueAt: null, awaitingReplySince: since })).toEqual(
      new Date("2026-11-21T10:00:00Z"),
    );
    expect(effectiveDueAt({ kind: "QUESTION", slaDueAt: null, awaitingReplySince: since })?.getTime()).toBe(
      since.getTime() + DEFAULT_SLA_MINUTES.QUESTION * 60_000,
    );
  });
});

describe("urgency index", () => {
  it("the migration indexes exactly the expression the list query sorts by", () => {
    const dir = path.resolve("prisma/migrations");
    const sql = fs
      .readdirSync(dir)
      .filter((d) => d.endsWith("_inbox_panes") || d.endsWith("_inbox_list_indexes"))
      .map((d) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8"))
      .join("\n");
    expect(sql).toContain(`CREATE INDEX "Chat_urgency_idx" ON "Chat" ("workspaceId", ${urgencyKeySql()}, "id");`);
    expect(sql).toContain(
      `CREATE INDEX "Chat_negative_urgency_idx" ON "Chat" ("workspaceId", ${urgencyKeySql()}, "id") WHERE "rating" <= 3 OR "hasNegativeCase";`,
    );
    expect(sql).toContain(
      `CREATE INDEX "Chat_kind_urgency_idx" ON "Chat" ("workspaceId", "kind", ${urgencyKeySql()}, "id");`,
    );
    expect(sql).toContain(
      `CREATE INDEX "Chat_kind_marketplace_urgency_idx" ON "Chat" ("workspaceId", "kind", "marketplace", ${urgencyKeySql()}, "id");`,
    );
    expect(sql).toContain(
      `CREATE INDEX "Chat_mine_urgency_idx" ON "Chat" ("workspaceId", "assigneeId", ${urgencyKeySql()}, "id") WHERE "status" = 'OPEN';`,
    );
  });
  it("qualifies every column with the alias", () => {
    expect(urgencyKeySql("c")).not.toMatch(/[^.]"(awaitingReplySince|lastMessageAt|slaDueAt|kind)"/);
  });
});
