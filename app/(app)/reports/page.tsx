import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";
import type { Metadata } from "next";
import { searchParamsObject } from "@/lib/export/filters";
import { collectionReportHtml } from "@/lib/export/report-html";
import { REPORT_CSS } from "@/lib/export/report-css";
import { CLAIM_TYPES } from "@/lib/extract/types";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { getCollectionReport, listOutlets, listRatingsForReports } from "@/lib/server/exports/reports";

export const metadata: Metadata = { title: "Reports" };

type Search = Record<string, string | string[] | undefined>;

function selection(search: Search): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "outlet", "type", "rating"]) {
    const value = search[key];
    if (typeof value === "string" && value.trim()) params.set(key, value.trim());
  }
  return params;
}

export default async function CollectionReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("export:read");
  const params = selection(await searchParams);
  const [outlets, ratings] = await Promise.all([listOutlets(actor), listRatingsForReports(actor)]);
  let html: string | null = null;
  let problem: string | null = null;
  try {
    html = collectionReportHtml(await getCollectionReport(searchParamsObject(params), actor), { reviewUrl: (claimId) => `/review/${encodeURIComponent(claimId)}` });
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "invalid" && error.code !== "too_large")) throw error;
    const fields = error.details?.fields as Record<string, string[]> | undefined;
    problem = fields ? Object.entries(fields).map(([field, messages]) => `${field}: ${messages.join(" ")}`).join("; ") : error.message;
  }
  const query = params.size ? `?${params}` : "";
  return (
    <main className="report-page">
      <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      <h1>Reports</h1>
      <form method="get" className="card report-filters" aria-label="Selection">
        <div className="field"><label htmlFor="from">Published from</label><input id="from" name="from" type="date" defaultValue={params.get("from") ?? ""} /></div>
        <div className="field"><label htmlFor="to">to</label><input id="to" name="to" type="date" defaultValue={params.get("to") ?? ""} /></div>
        <div className="field">
          <label htmlFor="outlet">Outlet</label>
          <select id="outlet" name="outlet" defaultValue={params.get("outlet") ?? ""}>
            <option value="">Any outlet</option>
            {outlets.map((outlet) => <option key={outlet} value={outlet}>{outlet}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="type">Type</label>
          <select id="type" name="type" defaultValue={params.get("type") ?? ""}>
            <option value="">Any type</option>
            {CLAIM_TYPES.map((type) => <option key={type} value={type}>{CLAIM_TYPE_LABELS[type]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rating">Rating</label>
          <select id="rating" name="rating" defaultValue={params.get("rating") ?? ""}>
            <option value="">Any rating</option>
            {ratings.map((rating) => <option key={rating.key} value={rating.key}>{rating.label}</option>)}
          </select>
        </div>
        <div className="field"><button type="submit">Show</button></div>
      </form>
      <nav className="export-links" aria-label="Export">
        <span className="muted">This report as:</span>
        <a href={`/reports/report.pdf${query}`} download>PDF</a>
        <a href={`/reports/report.md${query}`} download>Markdown</a>
        <span className="muted">· Only approved verdicts are counted.</span>
      </nav>
      {problem && <p className="error" role="alert">{problem}</p>}
      {/* The same HTML the PDF is printed from; lib/export/report-html.ts escapes every value. */}
      {html && <div data-testid="report" dangerouslySetInnerHTML={{ __html: html }} />}
    </main>
  );
}
