import { Prisma } from "@/lib/generated/prisma/client";
import { reportRollupStatements, type ReportEvent } from "@/lib/reports/apply-report-rollups";

const EVENTS: ReportEvent[] = ["received", "answered", "resolved"];

// A label put on chats (or taken off) counts their past events under it (or takes them out), by the same
// statements as the write paths, over the chats of the rows changed (`changed`, the trigger's transition
// table). In the database, not in the label paths, so every way a ChatLabel row comes or goes (one chat,
// a bulk batch, a label or chat deleted by cascade, a seed) moves the rollups in its own statement.
const source = (labelled: string) => ({
  waits: `${labelled} ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId"`,
  which: Prisma.sql`TRUE`,
  dims: (operator: string) =>
    `CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (${operator}, 'label', ch."labelId")) AS d(scope, dim, value)`,
});

function body(sign: 1 | -1, labelled = "changed"): string {
  return EVENTS.flatMap((event) => reportRollupStatements({ event, sign, source: source(labelled) }))
    .map((statement) => {
      if (statement.values.length) throw new Error("A trigger statement takes no parameters");
      return `    ${statement.sql.trim()};`;
    })
    .join("\n");
}

/**
 * The trigger function's SQL, as the migration that creates it holds it (label-rollup-trigger.test.ts
 * fails when the rollups' statements change and the migration is not regenerated).
 *
 * Concurrency: a wait event counts under the labels its chat carries when its statement runs, in the
 * transaction that updated the chat row (a message, a reply, a resolve or an assignment write the Chat
 * row before the waits). The trigger first locks the changed chats' rows (FOR NO KEY UPDATE, in id order),
 * so a label change and a wait event on the same chat run one after the other: whichever comes second
 * sees the other committed (each statement of a READ COMMITTED transaction takes a new snapshot), and an
 * event is counted under the label exactly once.
 */
export function labelRollupTriggerSql(): string {
  return `CREATE FUNCTION "chat_label_report_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Chat" WHERE id IN (SELECT "chatId" FROM changed) ORDER BY id FOR NO KEY UPDATE;
  IF TG_OP = 'INSERT' THEN
${body(1)}
  ELSE
${body(-1)}
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ChatLabel_report_added" AFTER INSERT ON "ChatLabel" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "chat_label_report_rollups"();
CREATE TRIGGER "ChatLabel_report_removed" AFTER DELETE ON "ChatLabel" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "chat_label_report_rollups"();

-- The labels already on chats: their chats' past events.
${body(1, `"ChatLabel"`).replace(/^ {4}/gm, "")}
`;
}
