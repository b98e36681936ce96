import { describe, expect, test } from "vitest";
import { contentHash } from "@/lib/articles/content-hash";
import { articleBody, bodyStart } from "@/lib/articles/body";
import { segmentText } from "@/lib/articles/segments";
import { pastedFormat } from "@/lib/import/paste-format";
import { withFieldsFromText } from "@/lib/import/paste";

describe("paste = file", () => {
  test("pasted text is recognised as the format of the file it would be", () => {
    expect(pastedFormat(" date 2024-09-10 Headline\n\nText")).toBe("txt");
    expect(pastedFormat("# Heading\n\nText")).toBe("md");
    expect(pastedFormat(" date 2024-09-10 x\n# Heading\nText")).toBe("md");
    expect(pastedFormat("<html><body><p>Text</p></body></html>")).toBe("html");
    expect(pastedFormat("<3 is not markup")).toBe("txt");
  });

  test("fields come from the text unless given; the text is untouched", () => {
    const text = " date 2024-09-10 KYIV (Ukrinform) — Drones were shot down.";
    expect(withFieldsFromText({ text })).toEqual({ text, outlet: "Ukrinform", publishedAt: new Date("2024-09-10T00:00:00Z") });
    expect(withFieldsFromText({ text, outlet: "AP", title: undefined })).toMatchObject({ text, outlet: "AP" });
  });

  test("the date token is not article text: hashing and display skip it, offsets keep counting it", () => {
    const text = " date 2024-09-10 Body text.";
    expect(bodyStart(text)).toBe(16);
    expect(articleBody(text)).toBe(" Body text.");
    expect(contentHash(text)).toBe(contentHash("Body  text."));
    expect(contentHash(text)).not.toBe(contentHash("Other text."));
    const segments = segmentText(text.length, [{ id: "a", start: 17, end: 21 }], bodyStart(text));
    expect(segments.map((segment) => text.slice(segment.start, segment.end))).toEqual([" ", "Body", " text."]);
    expect(segments[1]).toMatchObject({ start: 17, end: 21, spanIds: ["a"] });
  });
});
