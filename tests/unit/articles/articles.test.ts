import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { contentHash } from "@/lib/articles/content-hash";
import { deriveArticleFields } from "@/lib/articles/describe";
import { articleInputSchema } from "@/lib/articles/schema";
import { segmentText } from "@/lib/articles/segments";

const seed = fs.readFileSync(path.resolve(import.meta.dirname, "../../../prisma/demo/2023-11-29-nato-foreign-ministers.txt"), "utf8");

describe("content hash", () => {
  test("ignores line-ending, white-space and Unicode-form differences", () => {
    expect(contentHash("Kyiv  said\r\nten.\n")).toBe(contentHash("Kyiv said ten."));
    expect(contentHash("cafe\u0301")).toBe(contentHash("café"));
  });
  test("differs when the words differ", () => {
    expect(contentHash("Russia lost 300,000 people")).not.toBe(contentHash("Russia lost 30,000 people"));
  });
});

describe("deriveArticleFields", () => {
  test("the dated plain-text format gives the date and a headline", () => {
    const fields = deriveArticleFields(seed);
    expect(fields.publishedAt?.toISOString()).toBe("2023-11-29T00:00:00.000Z");
    expect(fields.title).toBe("NATO Secretary General Jens Stoltenberg reiterated support for Ukraine and its hopes for joining the military alliance.");
  });
  test("a dateline is not part of the headline", () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, "../../../prisma/demo/2024-04-03-nato-security-assistance.txt"), "utf8");
    expect(deriveArticleFields(text).title).toBe(
      "NATO foreign ministers have supported the proposal to strengthen the Alliance's role in providing security assistance to Ukraine.",
    );
  });
  test("plain text has no date and a shortened first line as title", () => {
    const fields = deriveArticleFields(`${"word ".repeat(60)}\nsecond line`);
    expect(fields.publishedAt).toBeUndefined();
    expect(fields.title.length).toBeLessThanOrEqual(140);
    expect(fields.title.endsWith("…")).toBe(true);
  });
});

describe("article input", () => {
  test("keeps the text exactly and drops blank optional fields", () => {
    const text = "  Line one.\r\n\tLine two.  ";
    const parsed = articleInputSchema.parse({ text, title: " ", url: "", publishedAt: "2024-04-03" });
    expect(parsed.text).toBe(text);
    expect(parsed.title).toBeUndefined();
    expect(parsed.url).toBeUndefined();
    expect(parsed.publishedAt?.toISOString()).toBe("2024-04-03T00:00:00.000Z");
  });
  test("rejects empty text, bad URLs and bad dates with field messages", () => {
    const result = articleInputSchema.safeParse({ text: "   ", url: "javascript:alert(1)", publishedAt: "not a date" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["text", "url", "publishedAt"]));
  });
});

describe("segmentText", () => {
  test("covers the text exactly once, with overlapping spans split", () => {
    const segments = segmentText(20, [
      { id: "a", start: 2, end: 10 },
      { id: "b", start: 5, end: 15 },
      { id: "bad", start: 18, end: 40 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.spanIds.join("+")])).toEqual([
      [0, 2, ""],
      [2, 5, "a"],
      [5, 10, "a+b"],
      [10, 15, "b"],
      [15, 20, ""],
    ]);
  });
});
