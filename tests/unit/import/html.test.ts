import { describe, expect, test } from "vitest";
import { htmlToArticle } from "@/lib/import/html";
import { parseAll } from "./helpers";

const PAGE = `<!doctype html>
<html><head>
  <title>Fallback title | Wire</title>
  <meta property="og:title" content="Drones shot down over Kyiv &amp; region">
  <meta name="author" content="Olena Writer">
  <meta property="article:published_time" content="2024-05-01T06:30:00Z">
  <meta property="og:site_name" content="Wire">
  <link rel="canonical" href="https://wire.example/kyiv-drones">
  <style>body { color: red } .x::after { content: "STYLE TEXT" }</style>
  <script>document.cookie = "stolen"; alert("SCRIPT TEXT")</script>
</head>
<body>
  <header><a href="/">Wire home</a> <nav><a href="/world">World</a></nav></header>
  <nav aria-label="Sections"><ul><li>Politics</li><li>Sport</li></ul></nav>
  <article>
    <h1>Drones shot down over Kyiv</h1>
    <!-- an editor's note that must not appear -->
    <p>KYIV (Wire) — Ukraine's air force said it shot down <b>12 of 14</b> drones overnight,
       the city's mayor said.</p>
    <p>Officials said 3 people were injured &mdash; none seriously.<script>alert("inline")</script></p>
    <figure><img src="x.jpg" onerror="alert(1)"><figcaption>Debris in Kyiv.</figcaption></figure>
    <aside>Read more: unrelated story</aside>
    <form><input name="email"><button>Subscribe</button></form>
  </article>
  <footer>© Wire 2024</footer>
  <iframe src="https://ads.example"></iframe>
</body></html>`;

describe(".html files", () => {
  test("the article's text as plain paragraphs; scripts, styles, navigation, comments and page chrome are gone", () => {
    const article = htmlToArticle(PAGE);
    expect(article.text).toBe(
      [
        "Drones shot down over Kyiv",
        "KYIV (Wire) — Ukraine's air force said it shot down 12 of 14 drones overnight, the city's mayor said.",
        "Officials said 3 people were injured — none seriously.",
        "Debris in Kyiv.",
      ].join("\n\n"),
    );
    for (const leaked of ["SCRIPT TEXT", "STYLE TEXT", "inline", "editor's note", "Politics", "Read more", "Subscribe", "Wire home", "©", "<", "onerror"]) {
      expect(article.text).not.toContain(leaked);
    }
  });

  test("title, author, date, outlet and address come from the meta tags", () => {
    expect(htmlToArticle(PAGE)).toMatchObject({
      title: "Drones shot down over Kyiv & region",
      author: "Olena Writer",
      publishedAt: new Date("2024-05-01T06:30:00Z"),
      outlet: "Wire",
      url: "https://wire.example/kyiv-drones",
    });
  });

  test("a page without an article element uses its body and the <title>; header and footer are chrome there", () => {
    const article = htmlToArticle("<html><head><title> Plain page </title></head><body><header>Site</header><div>First para.</div><div>Second<br>line.</div><footer>Foot</footer></body></html>");
    expect(article).toEqual({ text: "First para.\n\nSecond\nline.", title: "Plain page" });
  });

  test("an uploaded page is one article with no line number", async () => {
    const [item] = await parseAll("page.html", PAGE);
    expect(item).toMatchObject({ ok: true, file: "page.html", line: null, article: { outlet: "Wire" } });
  });

  test("a page with no text is reported", async () => {
    expect(await parseAll("empty.htm", "<html><body><script>x()</script><nav>Menu</nav></body></html>")).toMatchObject([
      { ok: false, reason: "the file has no text" },
    ]);
  });
});
