import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExportClaim } from "@/lib/export/model";

/**
 * How claims are read for the reports and the public page (the streaming exports use export-sql.ts).
 * The only verdict query here is APPROVED_VERDICT, so these reads never receive any other state.
 */
const VERDICT_FIELDS = {
  state: true,
  rationale: true,
  decidedAt: true,
  createdAt: true,
  rating: { select: { key: true, label: true, value: true } },
  author: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

export const APPROVED_VERDICT = {
  where: { state: "approved" },
  orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
  take: 1,
  select: VERDICT_FIELDS,
} as const satisfies Prisma.Claim$verdictsArgs;

/** What "published" means for a claim: approved, with an approved verdict. */
export const PUBLISHED_CLAIM = { status: "approved", verdicts: { some: { state: "approved" } } } as const satisfies Prisma.ClaimWhereInput;

export const PUBLISHED_SELECT = {
  id: true,
  start: true,
  end: true,
  quote: true,
  statement: true,
  type: true,
  speaker: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  assignee: { select: { name: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, author: true, publishedAt: true } },
  figures: { orderBy: { position: "asc" }, select: { text: true, value: true, unit: true, qualifier: true, low: true, high: true } },
  sources: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      url: true, title: true, publisher: true, publishedAt: true, archivedUrl: true, excerpt: true, stance: true,
      snapshot: { select: { status: true, fetchedAt: true } },
    },
  },
  verdicts: APPROVED_VERDICT,
} as const satisfies Prisma.ClaimSelect;

type ClaimRow = Prisma.ClaimGetPayload<{ select: typeof PUBLISHED_SELECT }>;

export function toExportClaim(row: ClaimRow): ExportClaim {
  const verdict = row.verdicts[0];
  return {
    id: row.id,
    start: row.start,
    end: row.end,
    quote: row.quote,
    statement: row.statement,
    type: row.type,
    speaker: row.speaker,
    state: row.status,
    assignee: row.assignee?.name ?? null,
    figures: row.figures,
    sources: row.sources.map(({ snapshot, ...source }) => ({ ...source, capturedAt: snapshot?.status === "captured" ? snapshot.fetchedAt : null })),
    verdict: verdict
      ? {
          state: verdict.state,
          rating: verdict.rating,
          rationale: verdict.rationale,
          checker: verdict.author?.name ?? null,
          decidedBy: verdict.decidedBy?.name ?? null,
          decidedAt: verdict.decidedAt,
          createdAt: verdict.createdAt,
        }
      : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    article: row.article,
  };
}
