import { contentHash } from "@/lib/articles/content-hash";
import { MAX_PAGE_BYTES, URL_TIMEOUT_MS } from "@/lib/import/limits";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { privateUrlsAllowed } from "../imports/import-settings";
import { pageText } from "../imports/page-text";
import { fetchPage } from "../imports/url-fetch";

/**
 * Fetches a source's page through the URL importer's guards and keeps its main text, title, HTTP
 * status and content hash. A page that cannot be fetched or read is recorded with the reason and
 * not tried again (the job succeeds); only unexpected errors make the job retry.
 */
export async function captureSourceSnapshot(sourceId: string): Promise<void> {
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { url: true } });
  if (!source) return;
  const fetchedAt = new Date();
  let data;
  try {
    const page = await fetchPage(source.url, { allowPrivate: await privateUrlsAllowed(), timeoutMs: URL_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES });
    const read = pageText(page);
    data = { url: source.url, status: "captured" as const, httpStatus: page.status, title: read.title, text: read.text, contentHash: contentHash(read.text), error: null, fetchedAt };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const httpStatus = typeof error.details?.httpStatus === "number" ? error.details.httpStatus : null;
    data = { url: source.url, status: "failed" as const, httpStatus, title: null, text: null, contentHash: null, error: error.message, fetchedAt };
  }
  // The source may have been edited to another address meanwhile: that edit queued its own snapshot.
  const current = await db().source.findUnique({ where: { id: sourceId }, select: { url: true } });
  if (current?.url !== source.url) return;
  await db().sourceSnapshot.upsert({ where: { sourceId }, create: { sourceId, ...data }, update: data });
}
