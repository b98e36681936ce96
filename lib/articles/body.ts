import { parseDatedHeader } from "@/lib/extract";

/** Where the article's own text starts: after the dated format's " date YYYY-MM-DD" token, if any. */
export function bodyStart(text: string): number {
  return parseDatedHeader(text)?.bodyStart ?? 0;
}

/** The text a reader sees; claim offsets still index into the whole stored text. */
export function articleBody(text: string): string {
  return text.slice(bodyStart(text));
}
