import type { ParsedItem } from "@/lib/import/types";
import type { Actor } from "../auth/actors";
import { prepareArticles, storePreparedArticles, type BatchOutcome } from "../articles/articles";

export interface ItemResult {
  position: number;
  file: string;
  line: number | null;
  status: "imported" | "duplicate" | "failed";
  articleId: string | null;
  reason: string | null;
  claims: number;
}

const ARTICLES_PER_BATCH = 40;
const ITEMS_PER_BATCH = 200;

function toResults(batch: { position: number; item: ParsedItem }[], outcomes: BatchOutcome[]): ItemResult[] {
  let next = 0;
  return batch.map(({ position, item }): ItemResult => {
    const base = { position, file: item.file, line: item.line };
    if (!item.ok) return { ...base, status: "failed", articleId: null, reason: item.reason, claims: 0 };
    const outcome = outcomes[next++]!;
    if (outcome.status === "created") return { ...base, status: "imported", articleId: outcome.articleId, reason: null, claims: outcome.claimCount };
    if (outcome.status === "duplicate") return { ...base, status: "duplicate", articleId: outcome.articleId, reason: null, claims: 0 };
    return { ...base, status: "failed", articleId: null, reason: outcome.reason, claims: 0 };
  });
}

/**
 * Imports parsed items as they arrive, a batch at a time, and hands each batch's results to
 * `onBatch` in order. At most two batches are held at once, so memory stays flat however long the
 * input. The next batch is extracted while the previous one is being written (the database works
 * on one core, extraction on the other); the writes themselves stay one at a time, in order, so a
 * batch's duplicate check sees every article stored before it.
 */
export async function importParsedItems(
  items: AsyncIterable<ParsedItem>,
  actor: Actor,
  onBatch: (results: ItemResult[]) => Promise<void>,
  firstPosition = 0,
): Promise<number> {
  let position = firstPosition;
  let pending: { position: number; item: ParsedItem }[] = [];
  let articles = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    articles = 0;
    const prepared = await prepareArticles(batch.flatMap(({ item }) => (item.ok ? [item.article] : [])), actor);
    const previous = writing;
    writing = (async () => {
      await previous;
      await onBatch(toResults(batch, await storePreparedArticles(prepared, actor)));
    })();
    // Its failure is reported when it is awaited, by the next flush or at the end.
    writing.catch(() => {});
    await previous;
  };
  for await (const item of items) {
    pending.push({ position: position++, item });
    if (item.ok) articles++;
    if (articles >= ARTICLES_PER_BATCH || pending.length >= ITEMS_PER_BATCH) await flush();
  }
  if (pending.length > 0) await flush();
  await writing;
  return position;
}
