import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface ArticleRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  text: string;
  contentHash: string;
  importedById: string | null;
}

export interface ClaimRow {
  id: string;
  articleId: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  type: string;
  score: number;
  speaker: string | null;
}

export interface FigureRow {
  claimId: string;
  position: number;
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  low: number | null;
  high: number | null;
  kind: string;
  direction: string | null;
  period: string | null;
  refDate: string | null;
}

const column = <Row, Key extends keyof Row>(rows: readonly Row[], key: Key) => rows.map((row) => row[key]);
// timestamp(3) without time zone holds UTC here; the zone in an ISO string is ignored on input.
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/*
 * Prisma's createMany spends most of a bulk import building and encoding each row (about 1.5 ms a
 * claim); one INSERT ... SELECT FROM unnest(arrays) per table sends the batch as a few parameters.
 */

export async function insertArticles(tx: Tx, rows: readonly ArticleRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Article" ("id", "title", "outlet", "url", "author", "publishedAt", "text", "contentHash", "importedById", "updatedAt")
    SELECT *, CURRENT_TIMESTAMP FROM unnest(
      ${column(rows, "id")}::text[], ${column(rows, "title")}::text[], ${column(rows, "outlet")}::text[], ${column(rows, "url")}::text[],
      ${column(rows, "author")}::text[], ${rows.map((row) => iso(row.publishedAt))}::timestamp(3)[], ${column(rows, "text")}::text[],
      ${column(rows, "contentHash")}::text[], ${column(rows, "importedById")}::text[])`;
}

export async function insertClaims(tx: Tx, rows: readonly ClaimRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Claim" ("id", "articleId", "start", "end", "quote", "statement", "type", "score", "speaker", "updatedAt")
    SELECT *, CURRENT_TIMESTAMP FROM unnest(
      ${column(rows, "id")}::text[], ${column(rows, "articleId")}::text[], ${column(rows, "start")}::int[], ${column(rows, "end")}::int[],
      ${column(rows, "quote")}::text[], ${column(rows, "statement")}::text[], ${column(rows, "type")}::"ClaimType"[],
      ${column(rows, "score")}::float8[], ${column(rows, "speaker")}::text[])`;
}

/**
 * A column of doubles sent as text: Prisma refuses a whole number beyond 2^53 in a number array
 * ("can't be represented as a JavaScript number"), and figures such as 1e16 are real doubles.
 */
function floats<Row, Key extends keyof Row>(rows: readonly Row[], key: Key): (string | null)[] {
  return rows.map((row) => (row[key] === null || row[key] === undefined ? null : String(row[key])));
}

export async function insertFigures(tx: Tx, rows: readonly FigureRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Figure" ("id", "claimId", "position", "start", "end", "text", "value", "unit", "qualifier", "low", "high", "kind", "direction", "period", "refDate")
    SELECT * FROM unnest(
      ${rows.map(() => randomUUID())}::text[], ${column(rows, "claimId")}::text[], ${column(rows, "position")}::int[],
      ${column(rows, "start")}::int[], ${column(rows, "end")}::int[], ${column(rows, "text")}::text[], ${floats(rows, "value")}::float8[],
      ${column(rows, "unit")}::text[], ${column(rows, "qualifier")}::"Qualifier"[], ${floats(rows, "low")}::float8[], ${floats(rows, "high")}::float8[],
      ${column(rows, "kind")}::"FigureKind"[], ${column(rows, "direction")}::"Direction"[], ${column(rows, "period")}::"Period"[], ${column(rows, "refDate")}::text[])`;
}
