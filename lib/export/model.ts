import type { ClaimType } from "@/lib/extract/types";
import type { ClaimState } from "@/lib/review/workflow";

/** Plain shapes the builders take, so they stay free of Prisma and can be tested with literals. */
export type VerdictState = "proposed" | "approved" | "returned" | "withdrawn";
export type Stance = "supports" | "refutes" | "context";

export interface ExportRating {
  key: string;
  label: string;
  value: number;
}

export interface ExportArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
}

export interface ExportFigure {
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  low: number | null;
  high: number | null;
}

export interface ExportSource {
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  archivedUrl: string | null;
  excerpt: string | null;
  stance: Stance;
  /** When ClaimDesk kept a copy of the page (reports say so beside the link to the original). */
  capturedAt?: Date | null;
}

export interface ExportVerdict {
  state: VerdictState;
  rating: ExportRating;
  rationale: string;
  checker: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface ExportClaim {
  id: string;
  start: number;
  end: number;
  quote: string;
  statement: string;
  type: ClaimType;
  speaker: string | null;
  state: ClaimState;
  assignee: string | null;
  figures: ExportFigure[];
  sources: ExportSource[];
  /** The claim's most recent verdict, whatever its state; published output only uses approved ones. */
  verdict: ExportVerdict | null;
  createdAt: Date;
  updatedAt: Date;
  article: ExportArticle;
}

export interface ApprovedVerdict extends ExportVerdict {
  state: "approved";
  decidedAt: Date;
}

export interface CheckedClaim extends ExportClaim {
  verdict: ApprovedVerdict;
}

/**
 * The one gate between internal data and anything published as checked: the claim is approved
 * and its verdict is an approved one with an approval date.
 */
export function isChecked(claim: ExportClaim): claim is CheckedClaim {
  return claim.state === "approved" && claim.verdict?.state === "approved" && claim.verdict.decidedAt !== null;
}

export function isoDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
