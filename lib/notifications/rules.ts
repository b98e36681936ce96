import type { NotificationKind } from "./kinds";

/** One change to a claim, with the facts that decide who is told about it. */
export interface ClaimChangeFacts {
  actorId: string | null;
  assigneeBefore: string | null;
  assigneeAfter: string | null;
  /** A decision on a verdict: its author is told the outcome. */
  verdict?: { authorId: string | null; outcome: "approved" | "returned"; note: string | null };
}

export interface CommentFacts {
  actorId: string | null;
  /** Who works on the claim: its assignee. */
  assigneeId: string | null;
  mentionedIds: readonly string[];
}

export interface Notice {
  userId: string;
  kind: NotificationKind;
  text?: string | null;
}

/**
 * At most one notice per person per change, the most specific one, and none for the person who
 * made the change.
 */
function distinct(notices: Notice[], actorId: string | null): Notice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    if (notice.userId === actorId || seen.has(notice.userId)) return false;
    seen.add(notice.userId);
    return true;
  });
}

export function claimChangeNotices(change: ClaimChangeFacts): Notice[] {
  const notices: Notice[] = [];
  const { verdict } = change;
  if (verdict?.authorId) {
    notices.push(
      verdict.outcome === "approved"
        ? { userId: verdict.authorId, kind: "verdict_approved" }
        : { userId: verdict.authorId, kind: "verdict_returned", text: verdict.note },
    );
  }
  if (change.assigneeAfter && change.assigneeAfter !== change.assigneeBefore) notices.push({ userId: change.assigneeAfter, kind: "assigned" });
  for (const worker of [change.assigneeBefore, change.assigneeAfter]) if (worker) notices.push({ userId: worker, kind: "claim_changed" });
  return distinct(notices, change.actorId);
}

const EXCERPT_LENGTH = 200;

export function commentNotices(comment: CommentFacts, body: string): Notice[] {
  const text = body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH - 1)}…` : body;
  const notices: Notice[] = comment.mentionedIds.map((userId) => ({ userId, kind: "mentioned" as const, text }));
  if (comment.assigneeId) notices.push({ userId: comment.assigneeId, kind: "commented", text });
  return distinct(notices, comment.actorId);
}

/** Drops the notices of kinds each recipient turned off. */
export function wanted(notices: Notice[], turnedOff: ReadonlyMap<string, readonly NotificationKind[]>): Notice[] {
  return notices.filter((notice) => !turnedOff.get(notice.userId)?.includes(notice.kind));
}
