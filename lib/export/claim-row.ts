import type { CsvValue } from "./csv";
import type { ExportClaim, ExportFigure, ExportSource } from "./model";

/**
 * One row per claim for the internal tabular exports. They include claims in every state, so the
 * verdict's state sits beside its rating: only rows with verdict_state "approved" are checked.
 */
export const CLAIM_COLUMNS = [
  "claim_id",
  "article_id",
  "article_title",
  "article_outlet",
  "article_url",
  "article_published_at",
  "quote",
  "statement",
  "type",
  "figures",
  "speaker",
  "state",
  "assignee",
  "verdict_state",
  "rating",
  "rating_value",
  "rationale",
  "sources",
  "checker",
  "approver",
  "approved_at",
  "created_at",
  "updated_at",
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export function describeFigure(figure: ExportFigure): string {
  if (figure.qualifier === "range" && figure.low !== null && figure.high !== null) {
    return `${figure.text} (${figure.low}–${figure.high}${figure.unit ? ` ${figure.unit}` : ""})`;
  }
  const parts = [figure.qualifier, figure.value, figure.unit].filter((part) => part !== null && part !== "exact");
  return parts.length ? `${figure.text} (${parts.join(" ")})` : figure.text;
}

export function describeSource(source: ExportSource): string {
  const heading = [source.title, source.publisher, source.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(", ");
  return `[${source.stance}] ${heading ? `${heading}: ` : ""}${source.url}`;
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

export function claimCsvValues(claim: ExportClaim): CsvValue[] {
  const { article, verdict } = claim;
  const approved = verdict?.state === "approved";
  const row: Record<ClaimColumn, CsvValue> = {
    claim_id: claim.id,
    article_id: article.id,
    article_title: article.title,
    article_outlet: article.outlet,
    article_url: article.url,
    article_published_at: iso(article.publishedAt),
    quote: claim.quote,
    statement: claim.statement,
    type: claim.type,
    figures: claim.figures.map(describeFigure).join("; "),
    speaker: claim.speaker,
    state: claim.state,
    assignee: claim.assignee,
    verdict_state: verdict?.state ?? "",
    rating: verdict?.rating.label,
    rating_value: verdict?.rating.value,
    rationale: verdict?.rationale,
    sources: claim.sources.map(describeSource).join("\n"),
    checker: verdict?.checker,
    approver: approved ? verdict.decidedBy : null,
    approved_at: approved ? iso(verdict.decidedAt) : null,
    created_at: iso(claim.createdAt),
    updated_at: iso(claim.updatedAt),
  };
  return CLAIM_COLUMNS.map((column) => row[column]);
}

/** The JSON export's object for a claim: the same facts as the CSV row, nested instead of flattened. */
export function claimJson(claim: ExportClaim) {
  const { article, verdict } = claim;
  return {
    id: claim.id,
    article: { id: article.id, title: article.title, outlet: article.outlet, url: article.url, author: article.author, publishedAt: iso(article.publishedAt) },
    quote: claim.quote,
    statement: claim.statement,
    type: claim.type,
    figures: claim.figures,
    speaker: claim.speaker,
    state: claim.state,
    assignee: claim.assignee,
    verdict: verdict && {
      state: verdict.state,
      checked: verdict.state === "approved",
      rating: verdict.rating,
      rationale: verdict.rationale,
      checker: verdict.checker,
      approver: verdict.state === "approved" ? verdict.decidedBy : null,
      decidedBy: verdict.decidedBy,
      decidedAt: iso(verdict.decidedAt),
      proposedAt: iso(verdict.createdAt),
    },
    sources: claim.sources.map((source) => ({ ...source, publishedAt: iso(source.publishedAt) })),
    createdAt: iso(claim.createdAt),
    updatedAt: iso(claim.updatedAt),
  };
}
