-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "reviewCons" TEXT,
ADD COLUMN     "reviewPros" TEXT;

-- Reviews imported before the parts were kept apart: the buyer's review message holds them as lines
-- «\nДостоинства: …» / «\nНедостатки: …» after the review's own text (first, when that text was empty).
-- One pass moves them into the columns: cons first (the last of the two lines), then pros from what is left,
-- so the text keeps the buyer's words only.
UPDATE "Message" m SET text = coalesce(p.pros[1], p.rest), "reviewPros" = p.pros[2], "reviewCons" = p.cons[2]
FROM (
  SELECT s.id, s.cons, s.rest,
         coalesce(regexp_match(s.rest, '^(.*)\nДостоинства: (.*)$'), regexp_match(s.rest, '^()Достоинства: (.*)$')) AS pros
  FROM (
    SELECT r.id, x.cons, coalesce(x.cons[1], r.text) AS rest
    FROM "Message" r
    JOIN "Chat" c ON c.id = r."chatId"
    CROSS JOIN LATERAL (
      SELECT coalesce(regexp_match(r.text, '^(.*)\nНедостатки: (.*)$'), regexp_match(r.text, '^()Недостатки: (.*)$')) AS cons
    ) x
    WHERE c.kind = 'REVIEW' AND r.author = 'BUYER' AND r."externalId" LIKE 'review:%'
      AND r.text ~ '(^|\n)(Достоинства|Недостатки): '
  ) s
) p
WHERE m.id = p.id AND (p.cons IS NOT NULL OR p.pros IS NOT NULL);

-- A review chat whose preview was cut from such a message (its last one) shows the parts without the labels.
UPDATE "Chat" c SET "lastMessagePreview" = left(concat_ws(E'\n', nullif(m.text, ''), m."reviewPros", m."reviewCons"), 140)
FROM "Message" m
WHERE m."chatId" = c.id AND c.kind = 'REVIEW' AND (m."reviewPros" IS NOT NULL OR m."reviewCons" IS NOT NULL)
  AND c."lastMessagePreview" = left(concat_ws(E'\n', nullif(m.text, ''), 'Достоинства: ' || m."reviewPros", 'Недостатки: ' || m."reviewCons"), 140);

-- Few-shot examples kept from such reviews hold the labels too: the model reads the buyer's words only.
UPDATE "ReplyExample" SET "buyerText" = regexp_replace("buyerText", '(^|\n)(Достоинства|Недостатки): ', '\1', 'g')
WHERE kind = 'REVIEW' AND "buyerText" ~ '(^|\n)(Достоинства|Недостатки): ';
