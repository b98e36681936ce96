import { parse } from "csv-parse";
import { ENCODING_REASON, readLines } from "./lines";
import { recordToArticle } from "./record";
import type { ByteSource, ParseLimits, ParsedItem } from "./types";

interface Row {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

/** The line a record starts on: csv-parse reports where it ends, and a quoted field may span lines. */
function startLine(row: Row): number {
  const inner = row.raw.replace(/\r?\n$/, "").split("\n").length - 1;
  return row.info.lines - inner;
}

/**
 * CSV (RFC 4180) with a header row naming the article fields. Lines are decoded one by one so a line
 * that is not UTF-8 fails only the record it belongs to.
 */
export async function* parseCsv(file: string, source: ByteSource, limits: ParseLimits): AsyncGenerator<ParsedItem> {
  const badLines = new Set<number>();
  const columns: { names: string[] | null } = { names: null };
  let stopped = false;
  const skipped: ParsedItem[] = [];
  const parser = parse({
    columns: (names: string[]) => (columns.names = names.map((name) => name.trim())),
    info: true,
    raw: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: limits.maxArticleBytes * 2 + 64 * 1024,
    on_skip: (error) => {
      skipped.push({ ok: false, file, line: (error as { lines?: number } | undefined)?.lines ?? null, reason: `not valid CSV (${error?.message ?? "unreadable record"})` });
      return undefined;
    },
  });
  const feed = (async () => {
    try {
      for await (const line of readLines(source, limits.maxArticleBytes * 2 + 64 * 1024)) {
        if (!line.valid || line.tooLong) badLines.add(line.number);
        if (stopped) return;
        if (!parser.write(`${line.text}\n`)) {
          await new Promise((resolve) => {
            parser.once("drain", resolve);
            parser.once("close", resolve);
          });
        }
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();

  try {
    for await (const row of parser as AsyncIterable<Row>) {
      yield* skipped.splice(0);
      const first = startLine(row);
      if (!columns.names?.includes("text")) {
        yield { ok: false, file, line: 1, reason: 'the header row has no "text" column' };
        return;
      }
      let broken = false;
      for (let line = first; line <= row.info.lines; line++) if (badLines.has(line)) broken = true;
      if (broken) {
        yield { ok: false, file, line: first, reason: ENCODING_REASON };
        continue;
      }
      const result = recordToArticle(row.record, limits);
      yield result.ok ? { ok: true, file, line: first, article: result.article } : { ok: false, file, line: first, reason: result.reason };
    }
    yield* skipped.splice(0);
  } finally {
    stopped = true;
    if (!parser.writableEnded) parser.destroy();
    await feed;
  }
}
