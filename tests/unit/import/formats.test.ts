import { parseAll } from "./helpers";
import { describe, expect, test } from "vitest";
import { checkArticleSize, formatBytes } from "@/lib/import/limits";
import { formatOf, isSingleArticleFormat } from "@/lib/import/parse-file";

describe("file formats and limits", () => {
  test.each([
    ["news.JSONL", "jsonl"], ["a.ndjson", "jsonl"], ["export.json", "json"], ["rows.csv", "csv"], ["page.htm", "html"],
    ["story.markdown", "md"], ["seed.txt", "txt"], ["report.pdf", null], ["noextension", null], ["archive.jsonl.gz", null],
  ])("%s is %s", (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  test("only plain text, Markdown and HTML hold one article to review before saving", () => {
    expect(["txt", "md", "html", "json", "jsonl", "csv"].filter((format) => isSingleArticleFormat(format as never))).toEqual(["txt", "md", "html"]);
  });

  test("sizes are counted in UTF-8 bytes and named with the limit", () => {
    expect(checkArticleSize("é".repeat(512), 1024)).toBeNull();
    expect(checkArticleSize("é".repeat(513), 1024)).toBe("text is 1,026 bytes, over the limit of 1 KB (1,024 bytes) per article (IMPORT_MAX_ARTICLE_BYTES)");
    expect(checkArticleSize("x".repeat(3000), 1024)).toBe("text is 2.9 KB, over the limit of 1 KB per article (IMPORT_MAX_ARTICLE_BYTES)");
    expect([formatBytes(512), formatBytes(1536), formatBytes(2 * 1024 * 1024), formatBytes(100 * 1024 * 1024)]).toEqual(["512 bytes", "1.5 KB", "2 MB", "100 MB"]);
  });

  test.each(["empty.jsonl", "empty.json", "empty.csv"])("%s with no articles is one failure that says why", async (file) => {
    for (const content of ["", file.endsWith(".json") ? "[]" : "\n\n"]) {
      expect(await parseAll(file, content)).toEqual([{ ok: false, file, line: null, reason: "the file holds no articles: it is empty, or its list has no entries" }]);
    }
  });
});
