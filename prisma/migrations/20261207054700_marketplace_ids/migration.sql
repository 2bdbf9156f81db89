-- Each marketplace has one id in URLs, code and the database: the enum's values become the lower-case ids
-- the code and the URLs already use (wildberries, ozon, yandex_market, avito, amazon). Renaming keeps every
-- row, index and default in place.
ALTER TYPE "Marketplace" RENAME VALUE 'WILDBERRIES' TO 'wildberries';
ALTER TYPE "Marketplace" RENAME VALUE 'OZON' TO 'ozon';
ALTER TYPE "Marketplace" RENAME VALUE 'YANDEX_MARKET' TO 'yandex_market';
ALTER TYPE "Marketplace" RENAME VALUE 'AVITO' TO 'avito';
ALTER TYPE "Marketplace" RENAME VALUE 'AMAZON' TO 'amazon';

-- The same ids kept as text: report rollups per marketplace and notification values.
UPDATE "ReportCounter" SET "value" = lower("value") WHERE "dim" = 'marketplace' AND "value" IN ('WILDBERRIES', 'OZON', 'YANDEX_MARKET', 'AVITO', 'AMAZON');
UPDATE "ReportHistogram" SET "value" = lower("value") WHERE "dim" = 'marketplace' AND "value" IN ('WILDBERRIES', 'OZON', 'YANDEX_MARKET', 'AVITO', 'AMAZON');
UPDATE "Notification" SET "params" = jsonb_set("params", '{marketplace}', to_jsonb(lower("params"->>'marketplace')))
WHERE jsonb_typeof("params") = 'object' AND "params"->>'marketplace' IN ('WILDBERRIES', 'OZON', 'YANDEX_MARKET', 'AVITO', 'AMAZON');
