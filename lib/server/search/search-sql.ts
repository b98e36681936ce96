import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db/client";

/** Stored tsvector columns added by prisma/migrations/20261123020000_search_indexes (GIN-indexed). */
export const CLAIM_VECTOR = Prisma.raw(`c."searchVector"`);
export const ARTICLE_VECTOR = Prisma.raw(`a."searchVector"`);

/** Strips the control characters the highlighting uses as match markers. */
export const cleanText = (column: string) => Prisma.raw(`translate(${column}, chr(2) || chr(3), '')`);

/**
 * The claim's current verdict: the latest one still standing (proposed or approved), with its
 * rating's label. Used as a LATERAL join on a claim aliased c.
 */
export const CURRENT_VERDICT = Prisma.sql`LEFT JOIN LATERAL (
  SELECT v."id" AS "verdictId", v."ratingKey", r."label" AS "ratingLabel", v."state" AS "verdictState"
  FROM "Verdict" v JOIN "Rating" r ON r."key" = v."ratingKey"
  WHERE v."claimId" = c."id" AND v."state" IN ('proposed', 'approved')
  ORDER BY v."createdAt" DESC LIMIT 1
) cv ON true`;

/**
 * Runs read queries with sequential scans discouraged. A capped full-text query (LIMIT n) looks
 * cheap as a table scan that stops early, but when few rows match the scan reads the whole table
 * (seconds at a million claims); the GIN index is never much slower.
 */
export function withIndexScans<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    return work(tx);
  });
}

const FREQUENCY_TTL_MS = 10 * 60_000;
let frequencyCache: { at: number; frequencies: Map<string, number> } | null = null;

/**
 * How often the most common lexemes occur in claims, from the planner's statistics on the search
 * vector (empty until the table was analysed: every word then counts as rare). Cached for minutes.
 */
export async function lexemeFrequencies(tx: Prisma.TransactionClient): Promise<Map<string, number>> {
  if (frequencyCache && Date.now() - frequencyCache.at < FREQUENCY_TTL_MS) return frequencyCache.frequencies;
  const rows = await tx.$queryRaw<{ lexeme: string; frequency: number }[]>`
    SELECT e.lexeme, e.frequency FROM pg_stats s,
      unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency)
    WHERE s.tablename = 'Claim' AND s.attname = 'searchVector' AND s.schemaname = current_schema() AND e.lexeme IS NOT NULL`;
  frequencyCache = { at: Date.now(), frequencies: new Map(rows.map((row) => [row.lexeme, Number(row.frequency)])) };
  return frequencyCache.frequencies;
}
