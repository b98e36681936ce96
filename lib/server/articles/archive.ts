import { archiveSchema } from "@/lib/articles/list";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

/**
 * Takes an article out of the lists and search (or puts it back). Nothing is deleted: exports,
 * reports and history keep it, and the audit log records who archived it and when.
 */
export async function setArticleArchived(articleId: string, input: unknown, actor: Actor | null) {
  authorize(actor, "article:archive");
  const { archived } = parseInput(archiveSchema, input ?? {});
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, archivedAt: true } });
    if (!article) throw new AppError("not_found", "No such article");
    if ((article.archivedAt !== null) === archived) return { id: article.id, archivedAt: article.archivedAt };
    const archivedAt = archived ? new Date() : null;
    await tx.article.update({ where: { id: articleId }, data: { archivedAt } });
    await recordAudit(tx, actor, {
      action: archived ? "article.archive" : "article.unarchive",
      entityType: "Article",
      entityId: articleId,
      before: { archivedAt: article.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { id: article.id, archivedAt };
  });
}
