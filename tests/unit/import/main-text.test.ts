import { describe, expect, test } from "vitest";
import { readMainText } from "@/lib/import/main-text";

const story = (body: string) => `<!doctype html><html><head><title>Drones over Kyiv | Wire</title>
<meta property="og:site_name" content="Wire"><meta name="author" content="Olena Petrenko">
<meta property="article:published_time" content="2024-04-03T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><script>track()</script>
<article><h1>Drones over Kyiv</h1>${body}</article><footer>© Wire 2024. All rights reserved.</footer></body></html>`;

const paragraphs = [
  "Ukraine's air force said on Wednesday it shot down 12 of 14 drones launched overnight against the capital and the surrounding region.",
  "Officials in Kyiv said debris fell on two districts, damaging a school and several cars, but no casualties were reported by the morning.",
  "The attack was the third on the capital this week, the city's military administration said in a statement on its Telegram channel.",
];

describe("readMainText", () => {
  test("keeps the article's paragraphs and leaves out navigation, scripts and footer", () => {
    const read = readMainText(story(paragraphs.map((text) => `<p>${text}</p>`).join("")), "https://wire.example/kyiv");
    expect(read).not.toBeNull();
    expect(read!.text).toBe(paragraphs.join("\n\n"));
    expect(read!.text).not.toMatch(/Home|track\(\)|All rights reserved/);
    expect(read).toMatchObject({ byline: "Olena Petrenko", siteName: "Wire", publishedTime: "2024-04-03T08:00:00Z" });
    expect(read!.title).toMatch(/Drones over Kyiv/);
  });

  test("a page without an article gives null", () => {
    expect(readMainText("<html><body><nav>Menu</nav></body></html>", "https://wire.example/")).toBeNull();
  });
});
