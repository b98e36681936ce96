import type { Actor } from "@/lib/server/auth/actors";
import { listAssignees } from "@/lib/server/claims/assignments";
import { getClaimDetail } from "@/lib/server/claims/claim-views";
import { getClaimHistory } from "@/lib/server/claims/history";
import { listRatings } from "@/lib/server/settings/ratings";

/** What a claim panel needs, read together. */
export async function loadPanel(claimId: string, actor: Actor) {
  const [claim, history, ratings, assignees] = await Promise.all([
    getClaimDetail(claimId, actor),
    getClaimHistory(claimId, actor),
    listRatings(actor),
    listAssignees(actor),
  ]);
  return { claim, options: { history, ratings, assignees } };
}
