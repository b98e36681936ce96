import { randomUUID } from "node:crypto";
import { contentHash } from "@/lib/articles/content-hash";
import { deriveArticleFields } from "@/lib/articles/describe";
import { articleInputSchema, type ValidArticle } from "@/lib/articles/schema";
import type { ExtractedClaim } from "@/lib/extract";
import { checkArticleSize, checkClaimCount } from "@/lib/import/limits";
import { withFieldsFromText } from "@/lib/import/paste";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { insertArticles, insertClaims, insertFigures } from "./bulk-insert";
import { extractClaimsOffThread } from "./extract-off-thread";
import { extractionThreshold } from "../settings/extraction";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/unique-violation";
import { fieldMessages, summarizeFields } from "@/lib/words/validation";
import { AppError } from "../http/errors";
import { importLimits } from "../imports/import-limits";
import { enqueueFigureRegroup } from "../jobs/send";
import { parseInput } from "../http/validate";
import { logServerError } from "../http/log-error";
import { queueWebhookDeliveries, recordWebhookEvents } from "../webhooks/outbox";

type Tx = Prisma.TransactionClient;

/**
 * Many imports at once (a desk's bulk uploads, an integrator's retries) queue for the pool's
 * connections: waiting up to 10 s for one beats Prisma's 2 s default, which turned a busy moment
 * into a server error. Storing a batch of articles may take longer than the default 5 s too.
 */
const STORE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

export type ImportResult =
  | { status: "created"; articleId: string; claimCount: number }
  | { status: "duplicate"; articleId: string };
export type BatchOutcome = ImportResult | { status: "failed"; reason: string };

interface PreparedArticle {
  id: string;
  hash: string;
  fields: ValidArticle;
  claims: (ExtractedClaim & { id: string })[];
}

function assertSize(text: string): void {
  const tooLarge = checkArticleSize(text, importLimits().maxArticleBytes);
  if (tooLarge) throw new AppError("too_large", tooLarge, { fields: { text: [tooLarge] } });
}

/** Extracts an article's claims; more than IMPORT_MAX_CLAIMS_PER_ARTICLE is refused, not stored in a transaction that cannot finish. */
async function prepare(fields: ValidArticle, threshold: number, hash = contentHash(fields.text)): Promise<PreparedArticle> {
  const extracted = await extractClaimsOffThread(fields.text, { threshold, publishedAt: fields.publishedAt });
  const tooMany = checkClaimCount(extracted.length, importLimits().maxClaimsPerArticle);
  if (tooMany) throw new AppError("too_large", tooMany, { fields: { text: [tooMany] } });
  const claims = extracted.map((claim) => ({ ...claim, id: randomUUID() }));
  return { id: randomUUID(), hash, fields, claims };
}

function claimRows(article: PreparedArticle) {
  return article.claims.map((claim) => ({
    id: claim.id,
    articleId: article.id,
    start: claim.start,
    end: claim.end,
    quote: claim.text,
    statement: claim.statement,
    type: claim.type,
    score: claim.score,
    speaker: claim.speaker,
  }));
}

function figureRows(claims: PreparedArticle["claims"]) {
  return claims.flatMap((claim) => claim.figures.map((figure, position) => ({ ...figure, claimId: claim.id, position })));
}

/**
 * Inserts articles with their claims and figures in the caller's transaction, a few statements for
 * the lot, with an `article.imported` webhook delivery for each; returns those deliveries' ids.
 */
async function insertPrepared(tx: Tx, articles: PreparedArticle[], actor: Actor): Promise<string[]> {
  const rows = articles.map(({ id, hash, fields }) => {
    const derived = deriveArticleFields(fields.text);
    return {
      id,
      text: fields.text,
      contentHash: hash,
      title: fields.title ?? derived.title,
      outlet: fields.outlet ?? null,
      author: fields.author ?? null,
      url: fields.url ?? null,
      publishedAt: fields.publishedAt ?? derived.publishedAt ?? null,
      importedById: actor.id,
    };
  });
  await insertArticles(tx, rows);
  await insertClaims(tx, articles.flatMap(claimRows));
  await insertFigures(tx, articles.flatMap((article) => figureRows(article.claims)));
  await tx.auditEntry.createMany({
    data: articles.map((article) => ({
      actorId: actor.id,
      action: "article.import",
      entityType: "Article",
      entityId: article.id,
      after: { contentHash: article.hash, claims: article.claims.length },
    })),
  });
  return recordWebhookEvents(
    tx,
    "article.imported",
    rows.map((row, index) => ({
      article: { id: row.id, title: row.title, outlet: row.outlet, author: row.author, url: row.url, publishedAt: row.publishedAt?.toISOString() ?? null, claimCount: articles[index]!.claims.length },
      importedBy: { id: actor.id, name: actor.name },
    })),
  );
}

async function existingId(hash: string): Promise<string | null> {
  return (await db().article.findUnique({ where: { contentHash: hash }, select: { id: true } }))?.id ?? null;
}

/**
 * Writes rows that must exist exactly when some articles' outcomes do (an import's item rows, its
 * counters), in the transaction that stores those articles. Each outcome is recorded once.
 */
export type RecordOutcomes = (tx: Tx, outcomes: [index: number, outcome: BatchOutcome][]) => Promise<void>;

async function storeOne(fields: ValidArticle, actor: Actor, record?: (tx: Tx, outcome: ImportResult) => Promise<void>): Promise<ImportResult> {
  const hash = contentHash(fields.text);
  const existing = await existingId(hash);
  if (existing) return { status: "duplicate", articleId: existing };
  const article = await prepare(fields, await extractionThreshold(), hash);
  const created: ImportResult = { status: "created", articleId: article.id, claimCount: article.claims.length };
  let deliveries: string[] = [];
  try {
    await db().$transaction(async (tx) => {
      deliveries = await insertPrepared(tx, [article], actor);
      await record?.(tx, created);
    }, STORE_TRANSACTION);
  } catch (error) {
    // Another import of the same text won the race: report it as the duplicate it is.
    const winner = isUniqueViolation(error) ? await existingId(hash) : null;
    if (winner) return { status: "duplicate", articleId: winner };
    throw error;
  }
  await queueWebhookDeliveries(deliveries);
  return created;
}

/** Stores an article with its extracted claims, all or nothing; the same text twice creates nothing new. */
export async function importArticle(input: unknown, actor: Actor): Promise<ImportResult> {
  authorize(actor, "article:import");
  const fields = withFieldsFromText(parseInput(articleInputSchema, input));
  assertSize(fields.text);
  const result = await storeOne(fields, actor);
  if (result.status === "created") await enqueueFigureRegroup();
  return result;
}

export interface PreparedBatch {
  size: number;
  failed: Map<number, BatchOutcome>;
  articles: { index: number; article: PreparedArticle }[];
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The database-free half of a bulk import: validation, size check, hash and claim extraction.
 * It yields between articles so that, in a pipeline, the previous batch's writes keep moving.
 */
export async function prepareArticles(inputs: readonly unknown[], actor: Actor): Promise<PreparedBatch> {
  authorize(actor, "article:import");
  const { maxArticleBytes } = importLimits();
  const failed = new Map<number, BatchOutcome>();
  const articles: PreparedBatch["articles"] = [];
  const threshold = await extractionThreshold();
  for (const [index, input] of inputs.entries()) {
    const parsed = articleInputSchema.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      failed.set(index, { status: "failed", reason: summarizeFields(fieldMessages(parsed.error.issues)) });
      continue;
    }
    const tooLarge = checkArticleSize(parsed.data.text, maxArticleBytes);
    if (tooLarge) {
      failed.set(index, { status: "failed", reason: tooLarge });
      continue;
    }
    try {
      articles.push({ index, article: await prepare(parsed.data, threshold) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed.set(index, { status: "failed", reason: error.message });
    }
    await nextTick();
  }
  return { size: inputs.length, failed, articles };
}

/**
 * Thrown by a `record` callback to abandon its batch (its import was cancelled): the transaction
 * rolls back and the articles are not retried one by one.
 */
export class BatchAbandoned extends Error {}

/**
 * The database half: one look-up for duplicates and one transaction for the whole batch. Should
 * the batch fail (a concurrent import of the same text, a row the database refuses), each article
 * is retried in a transaction of its own, so every article is still all or nothing and one bad
 * article cannot take the others down. `record` writes each outcome in the transaction that makes
 * it true: a created article's with the article, the others' together after them. Outcomes come
 * back in input order.
 */
export async function storePreparedArticles(batch: PreparedBatch, actor: Actor, record?: RecordOutcomes): Promise<BatchOutcome[]> {
  authorize(actor, "article:import");
  const outcomes: (BatchOutcome | undefined)[] = new Array(batch.size);
  for (const [index, outcome] of batch.failed) outcomes[index] = outcome;
  const found = await db().article.findMany({
    where: { contentHash: { in: batch.articles.map((entry) => entry.article.hash) } },
    select: { id: true, contentHash: true },
  });
  const known = new Map(found.map((article) => [article.contentHash, article.id]));
  const fresh: PreparedBatch["articles"] = [];
  for (const entry of batch.articles) {
    const existing = known.get(entry.article.hash);
    if (existing) {
      outcomes[entry.index] = { status: "duplicate", articleId: existing };
      continue;
    }
    known.set(entry.article.hash, entry.article.id);
    fresh.push(entry);
    outcomes[entry.index] = { status: "created", articleId: entry.article.id, claimCount: entry.article.claims.length };
  }
  const entries = () => outcomes.flatMap((outcome, index) => (outcome ? [[index, outcome] as [number, BatchOutcome]] : []));

  try {
    if (fresh.length > 0 || (record && batch.size > 0)) {
      const deliveries = await db().$transaction(async (tx) => {
        const ids = await insertPrepared(tx, fresh.map((entry) => entry.article), actor);
        await record?.(tx, entries());
        return ids;
      }, STORE_TRANSACTION);
      await queueWebhookDeliveries(deliveries);
    }
  } catch (error) {
    if (error instanceof BatchAbandoned) throw error;
    const recordedAlone = new Set<number>();
    for (const entry of fresh) {
      outcomes[entry.index] = await retryAlone(entry.article, actor, record && ((tx, outcome) => {
        recordedAlone.add(entry.index);
        return record(tx, [[entry.index, outcome]]);
      }));
    }
    const rest = entries().filter(([index]) => !recordedAlone.has(index));
    if (record && rest.length > 0) await db().$transaction((tx) => record(tx, rest), STORE_TRANSACTION);
  }
  return outcomes as BatchOutcome[];
}

/** The fast path for many articles: a batch prepared, then stored with one transaction. */
export async function importArticles(inputs: readonly unknown[], actor: Actor): Promise<BatchOutcome[]> {
  const outcomes = await storePreparedArticles(await prepareArticles(inputs, actor), actor);
  if (outcomes.some((outcome) => outcome.status === "created")) await enqueueFigureRegroup();
  return outcomes;
}

async function retryAlone(article: PreparedArticle, actor: Actor, record?: (tx: Tx, outcome: ImportResult) => Promise<void>): Promise<BatchOutcome> {
  try {
    return await storeOne(article.fields, actor, record);
  } catch (error) {
    if (error instanceof AppError) return { status: "failed", reason: error.message };
    logServerError(`storing article ${article.id} (${article.fields.text.length} characters)`, error);
    return { status: "failed", reason: "the database refused this article; nothing of it was stored" };
  }
}

/**
 * Runs the extraction engine again on an article. Claims a person has touched stay exactly as they
 * are: edited, moved past "new", added by hand, given sources, verdicts, links or a chosen figure
 * group. Only untouched extracted claims are replaced, and a new claim overlapping a kept one is
 * left out so the reviewer does not see the same statement twice. `record` writes progress in the
 * same transaction (a re-extraction of every article counts each article once).
 */
export async function reextractArticle(articleId: string, actor: Actor, record?: (tx: Tx, summary: ReextractSummary) => Promise<void>) {
  authorize(actor, "article:reextract");
  // An article's text never changes, so the engine can run before the transaction, off the event loop.
  const article = await db().article.findUnique({ where: { id: articleId }, select: { id: true, text: true, publishedAt: true } });
  if (!article) throw new AppError("not_found", "No such article");
  const extracted = await extractClaimsOffThread(article.text, { threshold: await extractionThreshold(), publishedAt: article.publishedAt });
  const summary = await db().$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { articleId },
      select: {
        id: true, start: true, end: true, status: true, origin: true, editedAt: true, figureGroupFixed: true,
        _count: { select: { sources: true, verdicts: true, linksFrom: true, linksTo: true } },
      },
    });
    const touched = (claim: (typeof claims)[number]) =>
      claim.editedAt !== null || claim.status !== "new" || claim.origin !== "extracted" || claim.figureGroupFixed ||
      claim._count.sources + claim._count.verdicts + claim._count.linksFrom + claim._count.linksTo > 0;
    const kept = claims.filter(touched);
    const replaced = claims.filter((claim) => !touched(claim));
    const overlapsKept = (claim: ExtractedClaim) => kept.some((other) => claim.start < other.end && other.start < claim.end);
    const added = extracted
      .filter((claim) => !overlapsKept(claim))
      .map((claim) => ({ ...claim, id: randomUUID() }));

    await tx.claim.deleteMany({ where: { id: { in: replaced.map((claim) => claim.id) } } });
    await insertClaims(tx, claimRows({ id: article.id, hash: "", fields: { text: article.text }, claims: added }));
    await insertFigures(tx, figureRows(added));
    const summary: ReextractSummary = { kept: kept.length, replaced: replaced.length, added: added.length };
    await recordAudit(tx, actor, {
      action: "article.reextract",
      entityType: "Article",
      entityId: article.id,
      before: { claims: claims.length },
      after: { ...summary },
    });
    await record?.(tx, summary);
    return summary;
  });
  return summary;
}

/** Re-extracts one article (API, article page) and asks for the figure groups to follow. */
export async function reextractAndRegroup(articleId: string, actor: Actor): Promise<ReextractSummary> {
  const summary = await reextractArticle(articleId, actor);
  await enqueueFigureRegroup();
  return summary;
}

export interface ReextractSummary {
  kept: number;
  replaced: number;
  added: number;
}

export async function getArticleWithClaims(articleId: string, actor: Actor) {
  authorize(actor, "article:read");
  const article = await db().article.findUnique({
    where: { id: articleId },
    include: {
      importedBy: { select: { name: true } },
      claims: { orderBy: [{ start: "asc" }, { end: "asc" }], include: { figures: { orderBy: { position: "asc" } } } },
    },
  });
  if (!article) throw new AppError("not_found", "No such article");
  return article;
}
