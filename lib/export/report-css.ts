/**
 * Styles of the report HTML. The pages include them inline and the PDF document embeds them, so
 * both render the same way; print rules only add page breaks and margins.
 */
export const REPORT_CSS = `
.report { max-width: 860px; margin: 0 auto; color: #1d2330; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; }
.report h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
.report h2 { font-size: 1.2rem; margin: 1.6rem 0 0.4rem; }
.report .statement { font-size: 1.08rem; margin: 0.5rem 0; }
.report h1.statement { font-size: 1.45rem; }
.report h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #5b6475; margin: 0.9rem 0 0.3rem; }
.report .muted { color: #5b6475; }
.report a { color: #174ea6; }
.report .report-kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: #5b6475; margin: 0 0 0.2rem; }
.report .report-claim { background: #fff; border: 1px solid #dde1e8; border-radius: 8px; padding: 0.9rem 1.2rem; margin: 1rem 0; }
.report .report-claim-head { display: flex; gap: 0.5rem; align-items: center; }
.report .review-link { margin-left: auto; font-size: 0.85rem; }
.report blockquote { margin: 0.4rem 0; padding: 0.3rem 0.8rem; border-left: 3px solid #dde1e8; font-family: Georgia, "Times New Roman", serif; }
.report blockquote.quote mark { background: #fff3b0; padding: 0 1px; }
.report blockquote.excerpt { font-size: 0.92rem; color: #3c4352; }
.report .rationale p { margin: 0.3rem 0; }
.report ol.sources { margin: 0; padding-left: 1.3rem; }
.report ol.sources li { margin-bottom: 0.5rem; }
.report .source-url { font-size: 0.75rem; word-break: break-all; }
.report .signoff { font-size: 0.85rem; border-top: 1px solid #eef0f3; padding-top: 0.4rem; margin-bottom: 0; }
.report .badge { display: inline-block; font-size: 0.75rem; padding: 0.05rem 0.45rem; border-radius: 999px; background: #f5f6f8; border: 1px solid #dde1e8; }
.report .rating { display: inline-block; font-weight: 700; font-size: 0.85rem; padding: 0.1rem 0.6rem; border-radius: 4px; color: #fff; }
.report .rating-v5 { background: #1e7a3c; }
.report .rating-v4 { background: #5b9a32; }
.report .rating-v3 { background: #b8860b; }
.report .rating-v2 { background: #d9661f; }
.report .rating-v1 { background: #b3261e; }
.report .rating-v0 { background: #6b7280; }
.report .stance { display: inline-block; font-size: 0.7rem; text-transform: uppercase; padding: 0 0.35rem; border-radius: 3px; border: 1px solid #b9c0cc; color: #3c4352; }
.report .stance-supports { border-color: #1e7a3c; color: #1e7a3c; }
.report .stance-refutes { border-color: #b3261e; color: #b3261e; }
.report table.summary { border-collapse: collapse; background: #fff; width: auto; min-width: 50%; }
.report table.summary th, .report table.summary td { border: 1px solid #dde1e8; padding: 0.3rem 0.6rem; text-align: right; }
.report table.summary th:first-child { text-align: left; }
.report .summary-block { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.report figure.chart { margin: 0; }
.report svg.rating-chart { font-size: 12px; fill: #1d2330; max-width: 100%; height: auto; }
.report svg.rating-chart rect.bar { fill: #174ea6; }
.report .empty { padding: 1rem; background: #fff; border: 1px dashed #b9c0cc; border-radius: 8px; }
body.report-print { margin: 0; background: #fff; }
@media print {
  .report .report-claim { break-inside: avoid-page; box-shadow: none; }
  .report h2, .report h3, .report h4, .report .report-article > p.muted { break-after: avoid-page; }
  .report .report-article { break-before: auto; }
}
`;
