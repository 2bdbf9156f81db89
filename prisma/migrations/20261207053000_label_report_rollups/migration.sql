-- The report per label is read from the daily rollups (dim "label", value the label id) like the other sections: a label put on or taken off a chat moves its past events (lib/reports/label-rollup-trigger.ts generates this file).
CREATE FUNCTION "chat_label_report_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Chat" WHERE id IN (SELECT "chatId" FROM changed) ORDER BY id FOR NO KEY UPDATE;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."startedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, (count(*) * 1)::int, 0, 0, 0, 0
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."assigneeId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."startedAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, (count(*) * 1)::int, 0, (count(*) FILTER (WHERE w.seconds <= w."slaSeconds") * 1)::int, (count(*) FILTER (WHERE w."businessSeconds" <= w."slaSeconds") * 1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * 1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value)
    CROSS JOIN LATERAL (VALUES ('response', 'wall', w.seconds), ('response', 'business', w."businessSeconds"),
      ('first', 'wall', CASE WHEN w."isFirst" THEN w.seconds END), ('first', 'business', CASE WHEN w."isFirst" THEN w."businessSeconds" END)) AS v(metric, clock, secs)
    WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, 0, (count(*) * 1)::int, 0, 0
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * 1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value)
    CROSS JOIN LATERAL (VALUES ('resolution', 'wall', w."resolutionSeconds"), ('resolution', 'business', w."resolutionBusinessSeconds")) AS v(metric, clock, secs)
    WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
  ELSE
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."startedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, (count(*) * -1)::int, 0, 0, 0, 0
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."assigneeId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."startedAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    DELETE FROM "ReportCounter" rc USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ((w."startedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS day, d.value FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."assigneeId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."startedAt" IS NOT NULL AND d.scope IS NOT NULL) k
      WHERE (rc."workspaceId", rc.scope, rc.dim, rc.day, rc.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value)
        AND rc.received = 0 AND rc.answered = 0 AND rc.resolved = 0 AND rc."slaMet" = 0 AND rc."slaMetBusiness" = 0;
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, (count(*) * -1)::int, 0, (count(*) FILTER (WHERE w.seconds <= w."slaSeconds") * -1)::int, (count(*) FILTER (WHERE w."businessSeconds" <= w."slaSeconds") * -1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    DELETE FROM "ReportCounter" rc USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS day, d.value FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL) k
      WHERE (rc."workspaceId", rc.scope, rc.dim, rc.day, rc.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value)
        AND rc.received = 0 AND rc.answered = 0 AND rc.resolved = 0 AND rc."slaMet" = 0 AND rc."slaMetBusiness" = 0;
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * -1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value)
    CROSS JOIN LATERAL (VALUES ('response', 'wall', w.seconds), ('response', 'business', w."businessSeconds"),
      ('first', 'wall', CASE WHEN w."isFirst" THEN w.seconds END), ('first', 'business', CASE WHEN w."isFirst" THEN w."businessSeconds" END)) AS v(metric, clock, secs)
    WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
    DELETE FROM "ReportHistogram" rh USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS day, d.value FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL) k
      WHERE (rh."workspaceId", rh.scope, rh.dim, rh.day, rh.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value) AND rh.n = 0;
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, 0, (count(*) * -1)::int, 0, 0
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
    DELETE FROM "ReportCounter" rc USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS day, d.value FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL) k
      WHERE (rc."workspaceId", rc.scope, rc.dim, rc.day, rc.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value)
        AND rc.received = 0 AND rc.answered = 0 AND rc.resolved = 0 AND rc."slaMet" = 0 AND rc."slaMetBusiness" = 0;
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * -1)::int
    FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value)
    CROSS JOIN LATERAL (VALUES ('resolution', 'wall', w."resolutionSeconds"), ('resolution', 'business', w."resolutionBusinessSeconds")) AS v(metric, clock, secs)
    WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
    DELETE FROM "ReportHistogram" rh USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date AS day, d.value FROM changed ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL) k
      WHERE (rh."workspaceId", rh.scope, rh.dim, rh.day, rh.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value) AND rh.n = 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ChatLabel_report_added" AFTER INSERT ON "ChatLabel" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "chat_label_report_rollups"();
CREATE TRIGGER "ChatLabel_report_removed" AFTER DELETE ON "ChatLabel" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "chat_label_report_rollups"();

-- The labels already on chats: their chats' past events.
INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
SELECT w."workspaceId", d.scope, d.dim, ((w."startedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, (count(*) * 1)::int, 0, 0, 0, 0
FROM "ChatLabel" ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."assigneeId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."startedAt" IS NOT NULL AND d.scope IS NOT NULL
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
  received = "ReportCounter".received + excluded.received,
  answered = "ReportCounter".answered + excluded.answered,
  resolved = "ReportCounter".resolved + excluded.resolved,
  "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
  "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
SELECT w."workspaceId", d.scope, d.dim, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, (count(*) * 1)::int, 0, (count(*) FILTER (WHERE w.seconds <= w."slaSeconds") * 1)::int, (count(*) FILTER (WHERE w."businessSeconds" <= w."slaSeconds") * 1)::int
FROM "ChatLabel" ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
  received = "ReportCounter".received + excluded.received,
  answered = "ReportCounter".answered + excluded.answered,
  resolved = "ReportCounter".resolved + excluded.resolved,
  "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
  "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * 1)::int
FROM "ChatLabel" ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (w."responderId", 'label', ch."labelId")) AS d(scope, dim, value)
CROSS JOIN LATERAL (VALUES ('response', 'wall', w.seconds), ('response', 'business', w."businessSeconds"),
  ('first', 'wall', CASE WHEN w."isFirst" THEN w.seconds END), ('first', 'business', CASE WHEN w."isFirst" THEN w."businessSeconds" END)) AS v(metric, clock, secs)
WHERE TRUE AND w."answeredAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
SELECT w."workspaceId", d.scope, d.dim, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, 0, 0, (count(*) * 1)::int, 0, 0
FROM "ChatLabel" ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value) WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL
GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
  received = "ReportCounter".received + excluded.received,
  answered = "ReportCounter".answered + excluded.answered,
  resolved = "ReportCounter".resolved + excluded.resolved,
  "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
  "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness";
INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ((w."resolvedAt" AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date, d.value, greatest(width_bucket(v.secs, ARRAY[0,60,120,180,240,300,360,420,480,540,600,720,900,1200,1500,1800,2400,3000,3600,4500,5400,7200,9000,10800,14400,18000,21600,28800,36000,43200,57600,72000,86400,108000,129600,172800,216000,259200,345600,432000,518400,604800,864000,1209600,1814400,2592000,3888000,5184000,7776000]::int[]) - 1, 0), (count(*) * 1)::int
FROM "ChatLabel" ch JOIN "ResponseWait" w ON w."chatId" = ch."chatId" JOIN "Workspace" ws ON ws.id = w."workspaceId" CROSS JOIN LATERAL (VALUES ('', 'label', ch."labelId"), (coalesce(w."resolverId", w."responderId", w."assigneeId"), 'label', ch."labelId")) AS d(scope, dim, value)
CROSS JOIN LATERAL (VALUES ('resolution', 'wall', w."resolutionSeconds"), ('resolution', 'business', w."resolutionBusinessSeconds")) AS v(metric, clock, secs)
WHERE TRUE AND w."resolvedAt" IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n;
