import type { ParsedItem } from "@/lib/import/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { prepareArticles, storePreparedArticles, type BatchOutcome, type PreparedBatch } from "../articles/articles";

export interface ItemResult {
  position: number;
  file: string;
  line: number | null;
  status: "imported" | "duplicate" | "failed";
  articleId: string | null;
  reason: string | null;
  claims: number;
}

export interface PositionedItem {
  position: number;
  item: ParsedItem;
}

export interface ImportHooks {
  /** Writes item results in the transaction that stores their articles (see RecordOutcomes). */
  record?: (tx: Prisma.TransactionClient, results: ItemResult[]) => Promise<void>;
  /** Told about each batch once it is stored, in order. */
  onBatch?: (results: ItemResult[]) => Promise<void> | void;
}

const ARTICLES_PER_BATCH = 40;
const ITEMS_PER_BATCH = 200;

/** Numbers items from 0 in the order they are read, leaving out the positions `skip` names. */
export async function* numbered(items: AsyncIterable<ParsedItem>, skip: (position: number) => boolean = () => false): AsyncGenerator<PositionedItem> {
  let position = 0;
  for await (const item of items) {
    if (!skip(position)) yield { position, item };
    position++;
  }
}

function toResult({ position, item }: PositionedItem, outcome: BatchOutcome): ItemResult {
  const base = { position, file: item.file, line: item.line };
  if (outcome.status === "created") return { ...base, status: "imported", articleId: outcome.articleId, reason: null, claims: outcome.claimCount };
  if (outcome.status === "duplicate") return { ...base, status: "duplicate", articleId: outcome.articleId, reason: null, claims: 0 };
  return { ...base, status: "failed", articleId: null, reason: outcome.reason, claims: 0 };
}

/** Prepares a batch's articles; items that did not parse become failures at their place in the batch. */
async function prepareBatch(batch: PositionedItem[], actor: Actor): Promise<PreparedBatch> {
  const parsed = batch.flatMap(({ item }, index) => (item.ok ? [{ index, article: item.article }] : []));
  const prepared = await prepareArticles(parsed.map((entry) => entry.article), actor);
  const failed = new Map<number, BatchOutcome>();
  batch.forEach(({ item }, index) => {
    if (!item.ok) failed.set(index, { status: "failed", reason: item.reason });
  });
  for (const [index, outcome] of prepared.failed) failed.set(parsed[index]!.index, outcome);
  return { size: batch.length, failed, articles: prepared.articles.map((entry) => ({ index: parsed[entry.index]!.index, article: entry.article })) };
}

/**
 * Imports parsed items as they arrive, a batch at a time. At most two batches are held at once, so
 * memory stays flat however long the input. The next batch is extracted while the previous one is
 * being written (the database works on one core, extraction on the other); the writes themselves
 * stay one at a time, in order, so a batch's duplicate check sees every article stored before it.
 */
export async function importParsedItems(items: AsyncIterable<PositionedItem>, actor: Actor, hooks: ImportHooks = {}): Promise<void> {
  let pending: PositionedItem[] = [];
  let articles = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    articles = 0;
    const prepared = await prepareBatch(batch, actor);
    const record = hooks.record;
    const previous = writing;
    writing = (async () => {
      await previous;
      const outcomes = await storePreparedArticles(
        prepared,
        actor,
        record && ((tx, entries) => record(tx, entries.map(([index, outcome]) => toResult(batch[index]!, outcome)))),
      );
      await hooks.onBatch?.(outcomes.map((outcome, index) => toResult(batch[index]!, outcome)));
    })();
    // Its failure is reported when it is awaited, by the next flush or at the end.
    writing.catch(() => {});
    await previous;
  };
  for await (const positioned of items) {
    pending.push(positioned);
    if (positioned.item.ok) articles++;
    if (articles >= ARTICLES_PER_BATCH || pending.length >= ITEMS_PER_BATCH) await flush();
  }
  if (pending.length > 0) await flush();
  await writing;
}
