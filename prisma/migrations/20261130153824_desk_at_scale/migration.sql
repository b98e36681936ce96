-- Link kinds besides "same claim", archived articles, and the word list behind typo-tolerant search.
-- The runner splits this file at every semicolon, so the trigger body writes them as \073.

ALTER TYPE "ClaimLinkKind" ADD VALUE 'same_figure';
ALTER TYPE "ClaimLinkKind" ADD VALUE 'related';

ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3);

CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- Keyset pages: each list's sort has an index in the same order.
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- Raw SQL the schema cannot express (listed in tests/integration/migrations.test.ts).
-- A trigram index on the word list finds the spelling variants of a search word. Words of deleted
-- claims stay: a stale word only widens a query by a word that matches nothing.
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING gist ("word" gist_trgm_ops);

-- The lists sort by publication date (the import date when there is none) and by outlet (none
-- last): expression indexes in exactly the order of lib/server/articles/article-list.ts's keys.
CREATE INDEX "Article_listDate_idx" ON "Article" ((coalesce("publishedAt", "createdAt")), "id");
CREATE INDEX "Article_listOutlet_idx" ON "Article" (("outlet" IS NULL), (coalesce("outlet", '')), "id");

-- Statement-level triggers with transition tables: a bulk insert adds its new words in one statement.
CREATE FUNCTION "collect_search_words"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SearchWord" ("word") SELECT DISTINCT w.lexeme FROM new_rows, unnest(new_rows."searchVector") w WHERE w.lexeme !~ ''[0-9]'' AND length(w.lexeme) BETWEEN 3 AND 40 ON CONFLICT DO NOTHING\073 RETURN NULL\073 END';

CREATE TRIGGER "Claim_search_words_insert" AFTER INSERT ON "Claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "collect_search_words"();
CREATE TRIGGER "Claim_search_words_update" AFTER UPDATE ON "Claim" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "collect_search_words"();
CREATE TRIGGER "Article_search_words_insert" AFTER INSERT ON "Article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "collect_search_words"();
CREATE TRIGGER "Article_search_words_update" AFTER UPDATE ON "Article" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "collect_search_words"();

INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w.lexeme FROM (SELECT "searchVector" FROM "Claim" UNION ALL SELECT "searchVector" FROM "Article") v, unnest(v."searchVector") w
WHERE w.lexeme !~ '[0-9]' AND length(w.lexeme) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;

-- Duplicates are now found by the body: the dated format's " date YYYY-MM-DD" token is left out of
-- the hash (lib/articles/content-hash.ts, whose NFKC and white-space folding this repeats). An
-- article whose new hash another article already has keeps its old one: both stay as they are.
UPDATE "Article" a SET "contentHash" = h."hash"
FROM (
  SELECT "id", encode(sha256(convert_to(btrim(regexp_replace(normalize(
    substr("text", length(substring("text" from '^\s{0,8}date \d{4}-\d{2}-\d{2}(?![0-9-])')) + 1), NFKC),
    '[ \f\n\r\t\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', ' ', 'g'), ' '), 'UTF8')), 'hex') AS "hash"
  FROM "Article" WHERE "text" ~ '^\s{0,8}date \d{4}-\d{2}-\d{2}(?![0-9-])'
) h
WHERE a."id" = h."id" AND NOT EXISTS (SELECT 1 FROM "Article" o WHERE o."contentHash" = h."hash");
