import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { articleReportHtml, reportDocument } from "@/lib/export/report-html";
import { REPORT_CSS } from "@/lib/export/report-css";
import { buildArticleReport } from "@/lib/export/report";
import type { Actor } from "@/lib/server/auth/actors";
import { htmlToPdf } from "@/lib/server/exports/pdf";
import { getArticleReport } from "@/lib/server/exports/reports";
import { makeUser } from "./helpers";
import { articleInEveryState, EXPORT_SENTENCES } from "./export-fixtures";

const OUT = path.resolve(import.meta.dirname, "../../test-results/export");

/** Writes the PDF, extracts its text and renders its pages to PNG (test-results/export) for a look. */
function inspect(pdf: Uint8Array, name: string) {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(OUT, name)]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pages, text: text.replace(/\s+/g, " ") };
}

let viewer: Actor;
let article: Awaited<ReturnType<typeof articleInEveryState>>;

beforeAll(async () => {
  const checker = await makeUser("fact_checker");
  const editor = await makeUser("editor");
  viewer = await makeUser("viewer");
  article = await articleInEveryState(checker, editor);
});

describe("the PDF report", () => {
  test("holds the checked claims with rating, rationale, sources and sign-off, and nothing unapproved", async () => {
    const report = await getArticleReport(article.articleId, viewer);
    const pdf = await htmlToPdf(reportDocument("Report", articleReportHtml(report), REPORT_CSS));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const { text, pages } = inspect(pdf, "article-report");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("Drones and grain");
    expect(text).toContain(EXPORT_SENTENCES.approved);
    expect(text).toContain("Mostly false");
    expect(text).toContain("PUBLISHED rationale: the air force later said 38.");
    expect(text).toContain("Source for approved");
    expect(text).toContain("Excerpt approved");
    expect(text).toMatch(/Checked by Test fact_checker · approved by Test editor on \d{4}-\d{2}-\d{2}/);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toMatch(/DRAFT|REOPENED-OLD/);
    // Other claims' sentences may show as context; their own cards (with their sources) may not.
    for (const role of ["proposed", "returned", "reopened"]) expect(text).not.toContain(`Source for ${role}`);
  });

  test("a long report breaks across numbered pages", async () => {
    const base = await getArticleReport(article.articleId, viewer);
    const entry = base.entries[0]!;
    const many = Array.from({ length: 14 }, (_, index) => ({ ...entry.claim, id: `c${index}`, start: index, statement: `Claim number ${index + 1} about drones.` }));
    const report = buildArticleReport({ ...base.article, text: article.text }, many);
    const { pages, text } = inspect(await htmlToPdf(reportDocument("Long", articleReportHtml(report), REPORT_CSS)), "long-report");
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Claim number 14 about drones.");
  });

  test("the document cannot reach the network while printing", async () => {
    const html = reportDocument("Probe", `<img src="http://127.0.0.1:9/probe.png" alt="probe"><p>offline</p>`, REPORT_CSS);
    const { text } = inspect(await htmlToPdf(html), "offline");
    expect(text).toContain("offline");
  });
});
