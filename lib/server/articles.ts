import { randomUUID } from "node:crypto";
import { contentHash } from "@/lib/articles/content-hash";
import { deriveArticleFields } from "@/lib/articles/describe";
import { articleInputSchema } from "@/lib/articles/schema";
import { extractClaims } from "@/lib/extract";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actors";
import { recordAudit } from "./audit";
import { authorize } from "./authz";
import { db } from "./db/client";
import { AppError } from "./errors";
import { parseInput } from "./validate";

export type ImportResult =
  | { status: "created"; articleId: string; claimCount: number }
  | { status: "duplicate"; articleId: string };

/** Stores an article with its extracted claims, all or nothing; the same text twice creates nothing new. */
export async function importArticle(input: unknown, actor: Actor): Promise<ImportResult> {
  authorize(actor, "article:import");
  const fields = parseInput(articleInputSchema, input);
  const hash = contentHash(fields.text);
  const existing = await db().article.findUnique({ where: { contentHash: hash }, select: { id: true } });
  if (existing) return { status: "duplicate", articleId: existing.id };

  const derived = deriveArticleFields(fields.text);
  const articleId = randomUUID();
  const claims = extractClaims(fields.text).map((claim) => ({ ...claim, id: randomUUID() }));
  try {
    await db().$transaction(async (tx) => {
      await tx.article.create({
        data: {
          id: articleId,
          text: fields.text,
          contentHash: hash,
          title: fields.title ?? derived.title,
          outlet: fields.outlet ?? null,
          author: fields.author ?? null,
          url: fields.url ?? null,
          publishedAt: fields.publishedAt ?? derived.publishedAt ?? null,
          importedById: actor.id,
        },
      });
      await tx.claim.createMany({
        data: claims.map((claim) => ({
          id: claim.id,
          articleId,
          start: claim.start,
          end: claim.end,
          quote: claim.text,
          statement: claim.statement,
          type: claim.type,
          score: claim.score,
          speaker: claim.speaker,
        })),
      });
      await tx.figure.createMany({
        data: claims.flatMap((claim) =>
          claim.figures.map((figure, position) => ({ ...figure, claimId: claim.id, position })),
        ),
      });
      await recordAudit(tx, actor, { action: "article.import", entityType: "Article", entityId: articleId, after: { contentHash: hash, claims: claims.length } });
    });
  } catch (error) {
    // Another import of the same text won the race: report it as the duplicate it is.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db().article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (winner) return { status: "duplicate", articleId: winner.id };
    }
    throw error;
  }
  return { status: "created", articleId, claimCount: claims.length };
}

export async function listArticles(actor: Actor, { take = 50, skip = 0 } = {}) {
  authorize(actor, "article:read");
  return db().article.findMany({
    select: { id: true, title: true, outlet: true, publishedAt: true, createdAt: true, _count: { select: { claims: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    skip,
  });
}

export async function getArticleWithClaims(articleId: string, actor: Actor) {
  authorize(actor, "article:read");
  const article = await db().article.findUnique({
    where: { id: articleId },
    include: {
      importedBy: { select: { name: true } },
      claims: { orderBy: [{ start: "asc" }, { end: "asc" }], include: { figures: { orderBy: { position: "asc" } } } },
    },
  });
  if (!article) throw new AppError("not_found", "No such article");
  return article;
}

export async function dashboardCounts(actor: Actor) {
  authorize(actor, "article:read");
  const [articles, claims, byStatus] = await Promise.all([
    db().article.count(),
    db().claim.count(),
    db().claim.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { articles, claims, byStatus: Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) };
}
