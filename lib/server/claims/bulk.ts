import { bulkSchema, BULK_WORKFLOW_ACTION, uniqueRefs, type BulkInput } from "@/lib/review/bulk";
import { ACTION_PERMISSION } from "@/lib/review/workflow";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { assignClaim, takeClaim } from "./assignments";
import { dismissClaim, restoreClaim, updateClaim } from "./claims";

export interface BulkResult {
  done: { id: string; version: number }[];
  skipped: { id: string; reason: string; code: string }[];
}

function runOne(input: BulkInput, ref: { id: string; version: number }, actor: Actor): Promise<{ version: number }> {
  const { id, version } = ref;
  switch (input.action) {
    case "assign":
      return assignClaim(id, { version, userId: input.userId }, actor);
    case "take":
      return takeClaim(id, { version }, actor);
    case "dismiss":
      return dismissClaim(id, { version, reason: input.reason }, actor);
    case "restore":
      return restoreClaim(id, { version }, actor);
    case "retype":
      return updateClaim(id, { version, type: input.type }, actor);
  }
}

/**
 * One action on many claims. Each claim goes through the single-claim function, so each is its own
 * transaction with its version check, workflow rule and audit entry; a claim that cannot change
 * (changed by someone since, or in a state the action does not apply to) is skipped with the
 * reason, and the others still change.
 */
export async function bulkChangeClaims(input: unknown, actor: Actor | null): Promise<BulkResult> {
  authorize(actor, "article:read");
  const bulk = parseInput(bulkSchema, input, "Invalid bulk request");
  authorize(actor, ACTION_PERMISSION[BULK_WORKFLOW_ACTION[bulk.action]]);
  const result: BulkResult = { done: [], skipped: [] };
  for (const ref of uniqueRefs(bulk.ids)) {
    try {
      const { version } = await runOne(bulk, ref, actor);
      result.done.push({ id: ref.id, version });
    } catch (error) {
      if (!(error instanceof AppError)) console.error(error);
      const reason = error instanceof AppError ? error.message : "the server could not change this claim; nothing of it was saved";
      result.skipped.push({ id: ref.id, reason, code: error instanceof AppError ? error.code : "internal" });
    }
  }
  return result;
}
