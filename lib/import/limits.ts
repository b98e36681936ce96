export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** A news article has tens of claims; a text with thousands is a table or a dump, not one article. */
export const DEFAULT_MAX_CLAIMS_PER_ARTICLE = 5_000;
/** A web page carries markup around its text, so it may be larger than one article's text. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
export const URL_TIMEOUT_MS = 15_000;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function articleTooLargeMessage(bytes: number, limit: number): string {
  // Just over the limit, rounded sizes would read "2 MB, over the limit of 2 MB": give the bytes then.
  const close = formatBytes(bytes) === formatBytes(limit);
  const size = close ? `${bytes.toLocaleString("en")} bytes` : formatBytes(bytes);
  const allowed = close ? `${formatBytes(limit)} (${limit.toLocaleString("en")} bytes)` : formatBytes(limit);
  return `text is ${size}, over the limit of ${allowed} per article (IMPORT_MAX_ARTICLE_BYTES)`;
}

export function uploadTooLargeMessage(limit: number): string {
  return `the upload is over the limit of ${formatBytes(limit)} per upload (IMPORT_MAX_UPLOAD_BYTES)`;
}

/** The reason an article's text is too large, or null when it fits. */
export function checkArticleSize(text: string, limit: number): string | null {
  const bytes = Buffer.byteLength(text, "utf8");
  return bytes > limit ? articleTooLargeMessage(bytes, limit) : null;
}

/** The reason an article yields too many claims to store as one article, or null. */
export function checkClaimCount(count: number, limit: number): string | null {
  if (count <= limit) return null;
  return `the text yields ${count.toLocaleString("en")} claims, over the limit of ${limit.toLocaleString("en")} per article (IMPORT_MAX_CLAIMS_PER_ARTICLE): split it into articles`;
}

export function requestTooLargeMessage(limit: number, maxArticleBytes: number): string {
  return `the request is over ${formatBytes(limit)}: an article may have at most ${formatBytes(maxArticleBytes)} of text (IMPORT_MAX_ARTICLE_BYTES)`;
}
