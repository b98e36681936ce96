/** The fields an imported article may carry besides its text; all optional. */
export interface ArticleFields {
  text: string;
  title?: string;
  url?: string;
  outlet?: string;
  author?: string;
  publishedAt?: Date;
}

/** One article found in an upload, or the reason a piece of it could not be read. */
export type ParsedItem =
  | { ok: true; file: string; line: number | null; article: ArticleFields }
  | { ok: false; file: string; line: number | null; reason: string };

export interface ParseLimits {
  /** Bytes of text per article (UTF-8). */
  maxArticleBytes: number;
}

export type ByteSource = AsyncIterable<Uint8Array>;
