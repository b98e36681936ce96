import { parseCsv } from "./csv";
import { htmlToArticle } from "./html";
import { parseJsonDocument, parseJsonLines } from "./json";
import { ENCODING_REASON, readWhole } from "./lines";
import { checkArticleSize, formatBytes } from "./limits";
import { textFileToArticle } from "./text";
import type { ArticleFields, ByteSource, ParseLimits, ParsedItem } from "./types";

export const IMPORT_EXTENSIONS = ["txt", "md", "html", "htm", "json", "jsonl", "ndjson", "csv"] as const;
export type ImportFormat = "txt" | "md" | "html" | "json" | "jsonl" | "csv";

export function formatOf(fileName: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case "txt":
    case "text":
      return "txt";
    case "md":
    case "markdown":
      return "md";
    case "html":
    case "htm":
      return "html";
    case "json":
      return "json";
    case "jsonl":
    case "ndjson":
      return "jsonl";
    case "csv":
      return "csv";
    default:
      return null;
  }
}

/** Formats that hold one article per file, so the importer can review its fields before saving. */
export function isSingleArticleFormat(format: ImportFormat): boolean {
  return format === "txt" || format === "md" || format === "html";
}

// HTML carries markup around its text; allow for it before the text itself is measured.
const HTML_OVERHEAD = 4;

async function* parseSingle(file: string, format: "txt" | "md" | "html", source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  const maxBytes = format === "html" ? limits.maxArticleBytes * HTML_OVERHEAD : limits.maxArticleBytes;
  const read = await readWhole(source, maxBytes);
  if (!read.ok) {
    const reason = read.reason === "encoding" ? ENCODING_REASON : `the file is over the limit of ${formatBytes(maxBytes)} per article (IMPORT_MAX_ARTICLE_BYTES)`;
    yield { ok: false, file, line: read.line, reason };
    return;
  }
  const article: ArticleFields = format === "html" ? htmlToArticle(read.text) : textFileToArticle(read.text, format);
  if (article.text.trim() === "") {
    yield { ok: false, file, line: null, reason: "the file has no text" };
    return;
  }
  const tooLarge = checkArticleSize(article.text, limits.maxArticleBytes);
  yield tooLarge ? { ok: false, file, line: null, reason: tooLarge } : { ok: true, file, line: null, article };
}

/** Every article in one uploaded file, in order, with the file and line of each; a file with none is one failure saying so. */
export async function* parseImportFile(file: string, source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  let found = false;
  for await (const item of parseByFormat(file, source, limits)) {
    found = true;
    yield item;
  }
  if (!found) yield { ok: false, file, line: null, reason: "the file holds no articles: it is empty, or its list has no entries" };
}

function parseByFormat(file: string, source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  const format = formatOf(file);
  switch (format) {
    case "txt":
    case "md":
    case "html":
      return parseSingle(file, format, source, limits);
    case "jsonl":
      return parseJsonLines(file, source, limits);
    case "json":
      return parseJsonDocument(file, source, limits);
    case "csv":
      return parseCsv(file, source, limits);
    default:
      return (async function* unsupported() {
        yield { ok: false, file, line: null, reason: `unsupported file type: use ${IMPORT_EXTENSIONS.map((ext) => `.${ext}`).join(", ")}` } as ParsedItem;
      })();
  }
}
