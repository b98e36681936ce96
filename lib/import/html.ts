import { parse, type HTMLElement, type Node } from "node-html-parser";
import { parsePublishedDate } from "./dates";
import { findDatelineDate, findDatelineOutlet } from "./dateline";
import type { ArticleFields } from "./types";

// Never part of an article's text: code, styling, page chrome, embedded objects and controls.
const DROPPED = "script, style, noscript, template, nav, aside, form, iframe, svg, canvas, object, embed, button, select, dialog, menu";
const PAGE_CHROME = "header, footer";
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
  "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "dl", "dt", "dd", "address", "hr",
]);
const ELEMENT = 1;
const TEXT = 3;

/**
 * The readable text of a web page and what its meta tags say about it. The result is plain text:
 * no markup from the page is ever stored, so nothing in it can run in a reviewer's browser.
 */
export function htmlToArticle(html: string): ArticleFields {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const meta = readMeta(root);
  const container = mainContent(root);
  for (const element of container.querySelectorAll(DROPPED)) element.remove();
  // Inside an article a <header> holds its headline; around the page it holds the site's masthead.
  if (!container.closest("article, main")) {
    for (const element of container.querySelectorAll(PAGE_CHROME)) element.remove();
  }
  const text = toPlainText(container);
  const fields: ArticleFields = { text };
  if (meta.title) fields.title = meta.title;
  if (meta.author) fields.author = meta.author;
  if (meta.url) fields.url = meta.url;
  const outlet = meta.outlet ?? findDatelineOutlet(text);
  if (outlet) fields.outlet = outlet;
  const publishedAt = meta.publishedAt ?? findDatelineDate(text);
  if (publishedAt) fields.publishedAt = publishedAt;
  return fields;
}

function mainContent(root: HTMLElement): HTMLElement {
  const articles = root.querySelectorAll("article");
  if (articles.length > 0) return articles.reduce((best, candidate) => (candidate.text.length > best.text.length ? candidate : best));
  return root.querySelector("main") ?? root.querySelector("[role=main]") ?? root.querySelector("body") ?? root;
}

function metaContent(root: HTMLElement, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = root.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return undefined;
}

function readMeta(root: HTMLElement) {
  const title =
    metaContent(root, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (collapse(root.querySelector("title")?.text ?? "") || collapse(root.querySelector("h1")?.text ?? "") || undefined);
  const authorMeta = metaContent(root, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']);
  const author = authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta.replace(/^by\s+/i, "") : undefined;
  const rawDate =
    metaContent(root, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]']) ??
    root.querySelector("time[datetime]")?.getAttribute("datetime");
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(root, ['meta[property="og:url"]']);
  return {
    title,
    author,
    outlet: metaContent(root, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    publishedAt: rawDate ? (parsePublishedDate(rawDate) ?? undefined) : undefined,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Paragraphs separated by blank lines, inline runs of white space collapsed as a browser would. */
function toPlainText(container: HTMLElement): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = current.split("\n").map(collapse).filter(Boolean).join("\n");
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) {
      // Line breaks in the source are white space to a browser; only <br> breaks a line.
      current += node.text.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? "";
    if (tag === "br") {
      current += "\n";
      return;
    }
    if (tag === "pre") {
      flush();
      paragraphs.push(element.text.replace(/\s+$/, ""));
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of element.childNodes) walk(child);
    if (block) flush();
  };
  walk(container);
  flush();
  return paragraphs.join("\n\n");
}
