import { buildClaimReview } from "@/lib/export/claim-review";
import { CLAIM_COLUMNS, claimCsvValues, claimJson } from "@/lib/export/claim-row";
import { CSV_BOM, csvRecord } from "@/lib/export/csv";
import { claimExportFiltersSchema, claimReviewFiltersSchema } from "@/lib/export/filters";
import { isChecked, type ExportClaim } from "@/lib/export/model";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { batchBoundaries, claimBatch, internalConditions, reviewConditions, type BatchKey, type VerdictScope } from "./export-sql";
import { publishingContext, reviewUrl } from "./reports";
import { parseInput } from "../http/validate";

/**
 * Exports of any size: claims are read in keyset-paginated batches in reading order, and reading
 * stays at most two batches ahead of what the client has taken, so memory stays flat however many
 * claims there are.
 */
export const EXPORT_BATCH = 500;

export interface StreamOptions {
  batchSize?: number;
}

/** Batches read at once: the database works on one while the other is formatted and sent. */
const READS_IN_FLIGHT = 2;

/**
 * Batches in order. Their boundaries are found first, so the next batches are already being read
 * while the caller writes out the current one; at most READS_IN_FLIGHT + 1 batches are in memory.
 */
async function* claimBatches(scope: VerdictScope, conditions: Prisma.Sql[], size = EXPORT_BATCH): AsyncGenerator<ExportClaim[]> {
  const starts: (BatchKey | null)[] = [null, ...(await batchBoundaries(scope, conditions, size))];
  const read = (after: BatchKey | null) => {
    const batch = claimBatch(scope, conditions, after, size).then(({ claims }) => claims);
    // Awaited below; this only keeps a read abandoned by a cancelled download from being reported as unhandled.
    batch.catch(() => {});
    return batch;
  };
  const reading = starts.splice(0, READS_IN_FLIGHT).map(read);
  while (reading.length) {
    const claims = await reading.shift()!;
    const next = starts.shift();
    if (next !== undefined) reading.push(read(next));
    if (claims.length) yield claims;
  }
}

/** A byte stream that produces the next piece only when the reader pulls, and stops reading the database if it cancels. */
function pullStream(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

/** Streams `[` item, item, … `]` so a large array never sits in memory whole. */
async function* jsonArray(items: AsyncGenerator<unknown[]>): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const batch of items) {
    if (batch.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${batch.map((item) => JSON.stringify(item)).join(",\n")}`;
    first = false;
  }
  yield "\n]\n";
}

/** Internal CSV: every claim in the selection with its latest verdict, labelled by the verdict's state. */
export function streamClaimsCsv(input: unknown, actor: Actor, { batchSize }: StreamOptions = {}): ReadableStream<Uint8Array> {
  authorize(actor, "export:read");
  const conditions = internalConditions(parseInput(claimExportFiltersSchema, input));
  return pullStream(
    (async function* () {
      yield CSV_BOM + csvRecord(CLAIM_COLUMNS);
      for await (const claims of claimBatches("internal", conditions, batchSize)) {
        yield claims.map((claim) => csvRecord(claimCsvValues(claim))).join("");
      }
    })(),
  );
}

export function streamClaimsJson(input: unknown, actor: Actor, { batchSize }: StreamOptions = {}): ReadableStream<Uint8Array> {
  authorize(actor, "export:read");
  const conditions = internalConditions(parseInput(claimExportFiltersSchema, input));
  return pullStream(
    jsonArray(
      (async function* () {
        for await (const claims of claimBatches("internal", conditions, batchSize)) yield claims.map(claimJson);
      })(),
    ),
  );
}

/** The bulk ClaimReview feed: one object per published claim, nothing else. */
export async function streamClaimReviews(input: unknown, actor: Actor, { batchSize }: StreamOptions = {}): Promise<ReadableStream<Uint8Array>> {
  authorize(actor, "export:read");
  const conditions = reviewConditions(parseInput(claimReviewFiltersSchema, input));
  const context = await publishingContext();
  return pullStream(
    jsonArray(
      (async function* () {
        for await (const claims of claimBatches("published", conditions, batchSize)) {
          yield claims.filter(isChecked).map((claim) => buildClaimReview(claim, { ...context, reviewUrl: reviewUrl(claim.id, context.base) }));
        }
      })(),
    ),
  );
}
