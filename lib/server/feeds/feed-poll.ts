import Parser from "rss-parser";
import { MAX_PAGE_BYTES, URL_TIMEOUT_MS } from "@/lib/import/limits";
import { SYSTEM_ACTOR } from "../auth/actors";
import { prepareArticles, storePreparedArticles, type BatchOutcome } from "../articles/articles";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { privateUrlsAllowed } from "../imports/import-settings";
import { pageText } from "../imports/page-text";
import { fetchPage, type FetchOptions } from "../imports/url-fetch";

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

interface FeedEntry {
  link: string;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
}

function entriesOf(feed: Parser.Output<Record<string, unknown>>): FeedEntry[] {
  return feed.items.flatMap((item) => {
    const link = item.link?.trim();
    if (!link) return [];
    return [{ link, title: item.title?.trim() || null, author: item.creator?.trim() || null, publishedAt: item.isoDate ?? null }];
  });
}

const reasonOf = (error: unknown) => (error instanceof AppError ? error.message : "unexpected error");

type Outcome = { status: "imported" | "duplicate" | "failed"; reason: string | null; articleId: string | null };

/** Fetches an entry's page, reads its main text and stores it with the feed item, in one transaction. */
async function importEntry(feedId: string, outlet: string, entry: FeedEntry, options: FetchOptions): Promise<Outcome> {
  const sameUrl = await db().article.findFirst({ where: { url: entry.link }, select: { id: true } });
  if (sameUrl) return record(feedId, entry.link, { status: "duplicate", reason: "an article with this address is already stored", articleId: sameUrl.id });
  let read;
  try {
    read = pageText(await fetchPage(entry.link, options));
  } catch (error) {
    return record(feedId, entry.link, { status: "failed", reason: reasonOf(error), articleId: null });
  }
  const input = { text: read.text, title: entry.title ?? read.title ?? undefined, outlet, author: entry.author ?? read.byline ?? undefined, publishedAt: entry.publishedAt ?? read.publishedTime ?? undefined, url: entry.link };
  let outcome: Outcome | undefined;
  await storePreparedArticles(await prepareArticles([input], SYSTEM_ACTOR), SYSTEM_ACTOR, async (tx, outcomes) => {
    outcome = toOutcome(outcomes[0]![1]);
    await tx.feedItem.create({ data: { feedId, url: entry.link, ...outcome } });
    await tx.feed.update({ where: { id: feedId }, data: counterFor(outcome.status) });
  });
  return outcome!;
}

function toOutcome(result: BatchOutcome): Outcome {
  if (result.status === "created") return { status: "imported", reason: null, articleId: result.articleId };
  if (result.status === "duplicate") return { status: "duplicate", reason: "the same text is already stored", articleId: result.articleId };
  return { status: "failed", reason: result.reason, articleId: null };
}

function counterFor(status: Outcome["status"]) {
  if (status === "imported") return { itemsImported: { increment: 1 } };
  if (status === "duplicate") return { itemsSkipped: { increment: 1 } };
  return { itemsFailed: { increment: 1 } };
}

async function record(feedId: string, url: string, outcome: Outcome): Promise<Outcome> {
  await db().$transaction([db().feedItem.create({ data: { feedId, url, ...outcome } }), db().feed.update({ where: { id: feedId }, data: counterFor(outcome.status) })]);
  return outcome;
}

/**
 * Polls one feed: a conditional GET (ETag, Last-Modified) through the URL importer's guards, then
 * each entry not seen before is fetched and imported with the feed's outlet and the entry's author,
 * date and address. Duplicates by address and by text are skipped; each failure is kept with its
 * reason and the rest goes on. A feed that cannot be fetched or is not a feed is recorded on the
 * feed, not retried: the next poll tries again.
 */
export async function pollFeed(feedId: string): Promise<{ imported: number }> {
  const feed = await db().feed.findUnique({ where: { id: feedId } });
  if (!feed || !feed.enabled) return { imported: 0 };
  const options: FetchOptions = { allowPrivate: await privateUrlsAllowed(), timeoutMs: URL_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES };
  const polledAt = new Date();
  let parsed;
  let page;
  try {
    const conditional: Record<string, string> = { accept: FEED_ACCEPT };
    if (feed.etag) conditional["if-none-match"] = feed.etag;
    if (feed.lastModified) conditional["if-modified-since"] = feed.lastModified;
    page = await fetchPage(feed.url, { ...options, headers: conditional });
    if (page.status === 304) {
      await db().feed.update({ where: { id: feedId }, data: { lastPolledAt: polledAt, lastError: null } });
      return { imported: 0 };
    }
    parsed = await new Parser().parseString(page.body.toString("utf8")).catch(() => {
      throw new AppError("invalid", "the address did not answer with an RSS or Atom feed");
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await db().feed.update({ where: { id: feedId }, data: { lastPolledAt: polledAt, lastError: error.message } });
    return { imported: 0 };
  }
  const entries = entriesOf(parsed);
  const seen = new Set((await db().feedItem.findMany({ where: { feedId, url: { in: entries.map((entry) => entry.link) } }, select: { url: true } })).map((item) => item.url));
  let imported = 0;
  for (const entry of entries) {
    if (seen.has(entry.link)) continue;
    seen.add(entry.link);
    if ((await importEntry(feedId, feed.outlet, entry, options)).status === "imported") imported++;
  }
  // Validators are stored last: a poll cut off halfway is repeated in full next time.
  await db().feed.update({ where: { id: feedId }, data: { lastPolledAt: polledAt, lastError: null, etag: page.etag, lastModified: page.lastModified } });
  return { imported };
}

/** Queues a poll of every enabled feed that is due, and moves each one's next poll on by its interval. */
export async function dueFeeds(now = new Date()): Promise<string[]> {
  const due = await db().feed.findMany({ where: { enabled: true, nextPollAt: { lte: now } }, select: { id: true, intervalMinutes: true } });
  for (const feed of due) {
    await db().feed.update({ where: { id: feed.id }, data: { nextPollAt: new Date(now.getTime() + feed.intervalMinutes * 60_000) } });
  }
  return due.map((feed) => feed.id);
}
