import { describe, expect, test } from "vitest";
import { ratingChartSvg } from "@/lib/export/chart";
import { articleReportMarkdown, escapeMarkdown } from "@/lib/export/markdown";
import { buildArticleReport, buildCollectionReport, quoteInContext } from "@/lib/export/report";
import { articleReportHtml, collectionReportHtml } from "@/lib/export/report-html";
import { ARTICLE, ARTICLE_TEXT, claim, verdict } from "./fixtures";

const RATINGS = [
  { key: "true", label: "True", value: 5 },
  { key: "mostly_true", label: "Mostly true", value: 4 },
  { key: "false", label: "False", value: 1 },
  { key: "unverifiable", label: "Unverifiable", value: 0 },
];

const first = claim({ id: "c-aid", type: "aid", statement: "Aid deliveries resumed on Tuesday.", speaker: "the UN" }, "Aid deliveries resumed on Tuesday");
const second = claim({ id: "c-loss" });
const proposed = claim({ id: "c-proposed", state: "proposed", verdict: verdict({ state: "proposed", decidedAt: null, rationale: "SECRET DRAFT" }) }, "Officials gave no breakdown");
const returned = claim({ id: "c-returned", state: "returned", verdict: verdict({ state: "returned", rationale: "RETURNED DRAFT" }) }, "Kyiv, 3 March");

describe("article report", () => {
  const report = buildArticleReport(ARTICLE, [first, proposed, returned, second], new Date("2024-03-06T00:00:00Z"));

  test("holds only approved claims, in reading order", () => {
    expect(report.entries.map((entry) => entry.claim.id)).toEqual(["c-loss", "c-aid"]);
  });

  test("shows each quote inside its paragraph", () => {
    expect(report.entries[0]!.context).toEqual({
      before: "The General Staff said ",
      quote: "Russian forces lost more than 1,000 soldiers in a single day near Bakhmut",
      after: ". Officials gave no breakdown.",
    });
  });

  test("HTML and Markdown carry statement, rating, rationale, sources and sign-off, and no draft", () => {
    const html = articleReportHtml(report);
    const markdown = articleReportMarkdown(report);
    for (const text of [html, markdown]) {
      expect(text).toContain("Aid deliveries resumed on Tuesday.");
      expect(text).toContain("Mostly true");
      expect(text).toContain("Independent counts are lower.");
      expect(text).toContain("Daily losses report");
      expect(text).toContain("https://archive.example/report");
      expect(text).toContain("Personnel: about 1,010 in the past day.");
      expect(text).toContain("approved by Edna Editor on 2024-03-05");
      expect(text).not.toContain("DRAFT");
    }
    expect(html.indexOf("c-loss")).toBeLessThan(html.indexOf("c-aid"));
    expect(markdown).toContain("> The General Staff said **Russian forces lost more than 1,000 soldiers in a single day near Bakhmut**. Officials gave no breakdown.");
  });

  test("a source whose page was captured links the original and says when it was captured", () => {
    const captured = claim({ id: "c-captured", sources: [{ ...claim().sources[0]!, capturedAt: new Date("2024-03-04T09:30:00Z") }] });
    const withSnapshot = buildArticleReport(ARTICLE, [captured], new Date("2024-03-06T00:00:00Z"));
    for (const text of [articleReportHtml(withSnapshot), articleReportMarkdown(withSnapshot)]) {
      expect(text).toContain("https://gov.example/report");
      expect(text).toContain("page captured 2024-03-04");
    }
    expect(articleReportHtml(report)).not.toContain("page captured");
  });

  test("text from the database cannot inject markup into HTML or Markdown", () => {
    const hostile = claim({
      statement: "<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))",
      sources: [{ url: "javascript:alert(1)", title: "<b>t</b>", publisher: null, publishedAt: null, archivedUrl: null, excerpt: null, stance: "refutes" }],
    });
    const hostileReport = buildArticleReport(ARTICLE, [hostile]);
    const html = articleReportHtml(hostileReport);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>t</b>");
    expect(html).not.toContain('href="javascript');
    const markdown = articleReportMarkdown(hostileReport);
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](javascript:alert(1))");
    expect(markdown).not.toContain("](<javascript");
  });

  test("an article without checked claims says so", () => {
    const empty = buildArticleReport(ARTICLE, [proposed]);
    expect(articleReportHtml(empty)).toContain("No claim in this article has an approved verdict yet.");
    expect(articleReportMarkdown(empty)).toContain("No claim in this article has an approved verdict yet.");
  });
});

describe("quote in context", () => {
  test("long surroundings are cut at word boundaries and marked", () => {
    const text = `${"alpha ".repeat(60)}QUOTE${" omega".repeat(60)}`;
    const start = text.indexOf("QUOTE");
    const context = quoteInContext(text, start, start + 5, 30);
    expect(context.before).toMatch(/^…alpha /);
    expect(context.before.length).toBeLessThanOrEqual(32);
    expect(context.after).toMatch(/ omega…$/);
    expect(context.quote).toBe("QUOTE");
  });

  test("the claim at the start of the article has nothing before it", () => {
    expect(quoteInContext(ARTICLE_TEXT, 0, 5).before).toBe("");
  });
});

describe("collection report", () => {
  const other = claim({ id: "c-false", type: "casualties", verdict: verdict({ rating: RATINGS[2]! }) });
  const report = buildCollectionReport([first, second, other, proposed], RATINGS, {});

  test("counts checked claims by rating and type, drafts excluded", () => {
    expect(report.total).toBe(3);
    expect(report.types).toEqual(["casualties", "aid"]);
    expect(report.counts.mostly_true).toMatchObject({ casualties: 1, aid: 1 });
    expect(report.counts.false).toMatchObject({ casualties: 1, aid: 0 });
    expect(report.totalsByRating).toEqual({ true: 0, mostly_true: 2, false: 1, unverifiable: 0 });
    expect(report.totalsByType).toMatchObject({ casualties: 2, aid: 1, economic: 0 });
  });

  test("renders the summary table and one chart bar per rating", () => {
    const html = collectionReportHtml(report);
    expect(html).toContain("<table class=\"summary\"");
    expect(html.match(/<rect /g)).toHaveLength(RATINGS.length);
    expect(html).not.toContain("SECRET DRAFT");
  });
});

describe("rating chart", () => {
  test("bars are proportional to counts and labels are escaped", () => {
    const svg = ratingChartSvg([
      { label: "<True>", count: 4 },
      { label: "False", count: 2 },
      { label: "None", count: 0 },
    ]);
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((match) => Number(match[1]));
    expect(widths).toEqual([300, 150, 0]);
    expect(svg).toContain("&lt;True&gt;");
  });
});

describe("Markdown escaping", () => {
  test("markup characters and block markers at a line start are escaped", () => {
    expect(escapeMarkdown("# not a heading\n- not a list\n1. not numbered\n*x* _y_ `z` |t|")).toBe(
      "\\# not a heading\n\\- not a list\n1\\. not numbered\n\\*x\\* \\_y\\_ \\`z\\` \\|t\\|",
    );
  });

  // The probe's case: a rationale whose lines are "---" and "===" rendered as a rule and a heading.
  test("thematic breaks and setext underlines in a user's text stay text", () => {
    expect(escapeMarkdown("Looks fine\n===\nthen\n---\n  - - -\n+ plus")).toBe("Looks fine\n\\===\nthen\n\\---\n  \\- - -\n\\+ plus");
  });

  test("a number followed by a period is escaped after the number, where CommonMark reads the escape", () => {
    expect(escapeMarkdown("2024. A year")).toBe("2024\\. A year");
    expect(escapeMarkdown("12) item")).toBe("12\\) item");
  });
});
