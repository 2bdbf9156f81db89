-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "reviewCons" TEXT,
ADD COLUMN     "reviewPros" TEXT;

-- Reviews imported before the parts were kept apart: the buyer's review message holds them as lines
-- «\nДостоинства: …» / «\nНедостатки: …» after the review's own text (first, when that text was empty).
-- They move into the columns, cons first (the last line of the two), so the text keeps the buyer's words only.
UPDATE "Message" m SET "reviewCons" = p.parts[2], text = p.parts[1]
FROM (
  SELECT r.id, coalesce(regexp_match(r.text, '^(.*)\nНедостатки: (.*)$'), regexp_match(r.text, '^()Недостатки: (.*)$')) AS parts
  FROM "Message" r JOIN "Chat" c ON c.id = r."chatId"
  WHERE c.kind = 'REVIEW' AND r.author = 'BUYER' AND r."externalId" LIKE 'review:%'
    AND r.text LIKE '%Недостатки: %'
) p
WHERE m.id = p.id AND p.parts IS NOT NULL;

UPDATE "Message" m SET "reviewPros" = p.parts[2], text = p.parts[1]
FROM (
  SELECT r.id, coalesce(regexp_match(r.text, '^(.*)\nДостоинства: (.*)$'), regexp_match(r.text, '^()Достоинства: (.*)$')) AS parts
  FROM "Message" r JOIN "Chat" c ON c.id = r."chatId"
  WHERE c.kind = 'REVIEW' AND r.author = 'BUYER' AND r."externalId" LIKE 'review:%'
    AND r.text LIKE '%Достоинства: %'
) p
WHERE m.id = p.id AND p.parts IS NOT NULL;

-- A review chat whose preview was cut from such a message (its last one) shows the parts without the labels.
UPDATE "Chat" c SET "lastMessagePreview" = left(concat_ws(E'\n', nullif(m.text, ''), m."reviewPros", m."reviewCons"), 140)
FROM "Message" m
WHERE m."chatId" = c.id AND c.kind = 'REVIEW' AND (m."reviewPros" IS NOT NULL OR m."reviewCons" IS NOT NULL)
  AND c."lastMessagePreview" = left(concat_ws(E'\n', nullif(m.text, ''), 'Достоинства: ' || m."reviewPros", 'Недостатки: ' || m."reviewCons"), 140);

-- Few-shot examples kept from such reviews hold the labels too: the model reads the buyer's words only.
UPDATE "ReplyExample" SET "buyerText" = regexp_replace("buyerText", '(^|\n)(Достоинства|Недостатки): ', '\1', 'g')
WHERE kind = 'REVIEW' AND "buyerText" ~ '(^|\n)(Достоинства|Недостатки): ';
