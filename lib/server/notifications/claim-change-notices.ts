import { claimChangeNotices, type ClaimChangeFacts } from "@/lib/notifications/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { emitEvent } from "../events/emit";
import { recordNotices } from "./record";

type Tx = Prisma.TransactionClient;

export interface ClaimChange {
  claim: { id: string; articleId: string; assigneeId: string | null };
  state: string;
  version: number;
  assigneeAfter: string | null;
  verdict?: ClaimChangeFacts["verdict"];
}

/** Tells open pages (claim.changed) and the people who work on the claim, in the change's transaction. */
export async function announceClaimChange(tx: Tx, actor: Actor, change: ClaimChange): Promise<void> {
  const { claim } = change;
  await emitEvent(tx, "claim.changed", { claimId: claim.id, articleId: claim.articleId, state: change.state, version: change.version, by: actor.name });
  const notices = claimChangeNotices({ actorId: actor.id, assigneeBefore: claim.assigneeId, assigneeAfter: change.assigneeAfter, verdict: change.verdict });
  await recordNotices(tx, notices, { actorId: actor.id, claimId: claim.id });
}
