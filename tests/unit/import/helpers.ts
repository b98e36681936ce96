import fs from "node:fs";
import path from "node:path";
import { parseImportFile } from "@/lib/import/parse-file";
import type { ParsedItem } from "@/lib/import/types";

export const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/datasets/ukraine-news-447.jsonl");
export const SEEDS = path.resolve(import.meta.dirname, "../../../../shared/seeds");
export const LIMITS = { maxArticleBytes: 2 * 1024 * 1024 };

export function corpusLines(count: number): string[] {
  return fs.readFileSync(CORPUS, "utf8").split("\n").slice(0, count);
}

/** Feeds the bytes in small chunks, so parsers meet lines and characters split across chunks. */
export async function* chunked(content: string | Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function parseAll(file: string, content: string | Uint8Array, limits = LIMITS): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parseImportFile(file, chunked(content), limits)) items.push(item);
  return items;
}

export function failures(items: ParsedItem[]) {
  return items.filter((item) => !item.ok).map((item) => ({ line: item.line, reason: item.ok ? "" : item.reason }));
}
