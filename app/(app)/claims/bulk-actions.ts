"use server";

import { revalidatePath } from "next/cache";
import { MAX_BULK_CLAIMS } from "@/lib/review/bulk";
import { runAction } from "@/lib/server/http/action";
import { AppError } from "@/lib/server/http/errors";
import { bulkChangeClaims, type BulkResult } from "@/lib/server/claims/bulk";
import { matchingClaimIds } from "@/lib/server/claims/claim-list";

export type BulkState = { ok: boolean; message: string; skipped?: BulkResult["skipped"] } | null;

function parseIds(value: FormDataEntryValue | null): unknown {
  try {
    return JSON.parse(String(value ?? "[]"));
  } catch {
    throw new AppError("invalid", "The selection could not be read: reload the page and select again");
  }
}

/**
 * The bulk bar: the selected claims with the versions shown, or every claim matching the list's
 * filters (read now, with their current versions), then one action for each.
 */
export async function bulkClaimsAction(_previous: BulkState, form: FormData): Promise<BulkState> {
  let result: BulkResult | null = null;
  const state = await runAction(async (actor) => {
    const matching = String(form.get("matching") ?? "");
    const ids = matching ? await matchingClaimIds(Object.fromEntries(new URLSearchParams(matching)), actor, MAX_BULK_CLAIMS + 1) : parseIds(form.get("ids"));
    const fields = Object.fromEntries(["action", "userId", "type", "reason"].flatMap((name) => (form.get(name) ? [[name, String(form.get(name))]] : [])));
    result = await bulkChangeClaims({ ...fields, ids }, actor);
    const { done, skipped } = result;
    return skipped.length === 0 ? `Done: ${done.length} claim${done.length === 1 ? "" : "s"}` : `Done: ${done.length}; skipped ${skipped.length}:`;
  });
  if (state?.ok) revalidatePath("/", "layout");
  const skipped = (result as BulkResult | null)?.skipped;
  return state && { ok: state.ok, message: state.message, ...(skipped ? { skipped } : {}) };
}
