import { can } from "@/lib/auth/permissions";
import { renderComment } from "@/lib/comments/markdown";
import { findMentions, type MentionTarget } from "@/lib/comments/mentions";
import { commentCreateSchema, commentUpdateSchema } from "@/lib/comments/schema";
import { commentNotices } from "@/lib/notifications/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { emitEvent } from "../events/emit";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";
import { recordNotices } from "../notifications/record";
import { viewersMayComment } from "./comment-settings";

type Tx = Prisma.TransactionClient;

const COMMENT_FIELDS = {
  id: true,
  claimId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  author: { select: { id: true, name: true } },
} as const;
type CommentRow = Prisma.CommentGetPayload<{ select: typeof COMMENT_FIELDS }>;

export interface CommentView extends CommentRow {
  /** The body as safe HTML (see lib/comments/markdown.ts). */
  html: string;
  /** Whether the reader may edit or delete it. */
  editable: boolean;
}

/** Everyone who can be mentioned: active users, for completion and for recognising `@Name`. */
export async function mentionableUsers(actor: Actor | null): Promise<MentionTarget[]> {
  authorize(actor, "article:read");
  return db().user.findMany({ where: { disabledAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

function view(comment: CommentRow, users: MentionTarget[], actor: Actor): CommentView {
  return { ...comment, html: renderComment(comment.body, users), editable: mayChange(comment, actor) };
}

const mayChange = (comment: { author: { id: string } | null }, actor: Actor) =>
  (comment.author !== null && comment.author.id === actor.id) || can(actor, "comment:moderate");

export async function listComments(claimId: string, actor: Actor | null): Promise<CommentView[]> {
  authorize(actor, "article:read");
  if (!(await db().claim.findUnique({ where: { id: claimId }, select: { id: true } }))) throw new AppError("not_found", "No such claim");
  const [comments, users] = await Promise.all([
    db().comment.findMany({ where: { claimId }, select: COMMENT_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    mentionableUsers(actor),
  ]);
  return comments.map((comment) => view(comment, users, actor));
}

/** Whether the user may write comments at all (viewers only when an admin allows it). */
export async function mayComment(actor: Actor | null): Promise<boolean> {
  return can(actor, "comment:write", { viewersMayComment: actor?.role === "viewer" ? await viewersMayComment() : false });
}

async function authorizeWrite(actor: Actor | null): Promise<Actor> {
  authorize(actor, "article:read");
  authorize(actor, "comment:write", { viewersMayComment: actor.role === "viewer" ? await viewersMayComment() : false });
  return actor;
}

async function mentionedIds(tx: Tx, body: string): Promise<string[]> {
  const users = await tx.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true } });
  return [...new Set(findMentions(body, users).map((mention) => mention.user.id))];
}

async function announce(tx: Tx, claim: { id: string; articleId: string }, commentId: string, change: "created" | "edited" | "deleted") {
  await emitEvent(tx, "comment.changed", { claimId: claim.id, articleId: claim.articleId, commentId, change });
}

export async function createComment(claimId: string, input: unknown, caller: Actor | null): Promise<CommentView> {
  const actor = await authorizeWrite(caller);
  const { body } = parseInput(commentCreateSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true, articleId: true, assigneeId: true } });
    if (!claim) throw new AppError("not_found", "No such claim");
    const comment = await tx.comment.create({ data: { claimId, body, authorId: actor.id }, select: COMMENT_FIELDS });
    await recordAudit(tx, actor, { action: "comment.create", entityType: "Claim", entityId: claimId, after: { commentId: comment.id, body } });
    const notices = commentNotices({ actorId: actor.id, assigneeId: claim.assigneeId, mentionedIds: await mentionedIds(tx, body) }, body);
    await recordNotices(tx, notices, { actorId: actor.id, claimId, commentId: comment.id });
    await announce(tx, claim, comment.id, "created");
    const users = await tx.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true } });
    return view(comment, users, actor);
  });
}

async function loadOwn(tx: Tx, commentId: string, actor: Actor) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { ...COMMENT_FIELDS, claim: { select: { id: true, articleId: true } } } });
  if (!comment) throw new AppError("not_found", "No such comment");
  if (!mayChange(comment, actor)) throw new AppError("forbidden", "Only its author or an admin can change a comment");
  return comment;
}

/** The earlier text stays in the audit log; people newly mentioned are told. */
export async function updateComment(commentId: string, input: unknown, actor: Actor | null): Promise<CommentView> {
  authorize(actor, "article:read");
  const { body } = parseInput(commentUpdateSchema, input);
  return db().$transaction(async (tx) => {
    const comment = await loadOwn(tx, commentId, actor);
    const updated = await tx.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() }, select: COMMENT_FIELDS });
    await recordAudit(tx, actor, { action: "comment.edit", entityType: "Claim", entityId: comment.claimId, before: { commentId, body: comment.body }, after: { commentId, body } });
    const before = new Set(await mentionedIds(tx, comment.body));
    const added = (await mentionedIds(tx, body)).filter((id) => !before.has(id));
    await recordNotices(tx, commentNotices({ actorId: actor.id, assigneeId: null, mentionedIds: added }, body), { actorId: actor.id, claimId: comment.claimId, commentId });
    await announce(tx, comment.claim, commentId, "edited");
    const users = await tx.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true } });
    return view(updated, users, actor);
  });
}

export async function deleteComment(commentId: string, actor: Actor | null): Promise<{ id: string }> {
  authorize(actor, "article:read");
  return db().$transaction(async (tx) => {
    const comment = await loadOwn(tx, commentId, actor);
    await tx.comment.delete({ where: { id: commentId } });
    await recordAudit(tx, actor, { action: "comment.delete", entityType: "Claim", entityId: comment.claimId, before: { commentId, body: comment.body, author: comment.author?.name ?? null } });
    await announce(tx, comment.claim, commentId, "deleted");
    return { id: commentId };
  });
}
