-- Search columns and indexes that prisma/schema.prisma cannot express. The runner splits this file
-- at every semicolon, so none may appear inside a statement or a comment.

-- similarity() scores related claims. A trigram index does not help: at a million claims its
-- scan for a whole statement took seconds, so candidates come from the full-text index instead.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Stored, so that ranking a thousand matches reads their vectors instead of re-parsing the text
-- (re-parsing article texts took seconds at a million claims). left() keeps pathological texts
-- under the tsvector size limit. Prisma does not know these columns and never selects them.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', left("statement", 10000) || ' ' || coalesce("speaker", ''))) STORED;
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', "title"), 'A') || to_tsvector('english', left("text", 100000))) STORED;

CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
