import { NextResponse } from "next/server";
import { articleOperations, importBodies } from "@/lib/api/contract/articles";
import { requestTooLargeMessage } from "@/lib/import/limits";
import { getArticleWithClaims, importArticle } from "@/lib/server/articles/articles";
import { listArticlePage } from "@/lib/server/articles/article-list";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { parseInput } from "@/lib/server/http/validate";
import { importLimits } from "@/lib/server/imports/import-limits";
import { readJsonLimited } from "@/lib/server/http/request-body";
import { importUrl } from "@/lib/server/imports/url-import";

// JSON escapes and the other fields around the text.
const JSON_OVERHEAD = (maxArticleBytes: number) => maxArticleBytes * 2 + 64 * 1024;

/** `?limit=&cursor=&sort=&outlet=&from=&to=&unchecked=&archived=`: `{items, nextCursor, total}`. */
export const GET = apiRoute(async ({ request, actor }) => {
  const { items, nextCursor, total } = await listArticlePage(readQuery(request, articleOperations.listArticles), actor);
  return NextResponse.json({ items, nextCursor, total });
});

export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "article:import");
  const { maxArticleBytes } = importLimits();
  const limit = JSON_OVERHEAD(maxArticleBytes);
  const body = await readJsonLimited(request, limit, requestTooLargeMessage(limit, maxArticleBytes));
  // Without text, a url alone means: fetch that page and import the article in it.
  const fromUrl = typeof body === "object" && body !== null && !("text" in body) && "url" in body;
  parseInput(fromUrl ? importBodies.url : importBodies.text, body);
  const result = fromUrl ? await importUrl(body, actor) : await importArticle(body, actor);
  if (result.status === "duplicate") {
    return NextResponse.json(
      { id: result.articleId, error: { code: "conflict", message: "This article was already imported", id: result.articleId } },
      { status: 409, headers: { location: `/api/v1/articles/${result.articleId}` } },
    );
  }
  const article = await getArticleWithClaims(result.articleId, actor);
  const claims = article.claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    statement: claim.statement,
    type: claim.type,
    score: claim.score,
    speaker: claim.speaker,
    status: claim.status,
    figures: claim.figures.map(({ id: _id, claimId: _claimId, ...figure }) => figure),
  }));
  return NextResponse.json({ id: article.id, title: article.title, claims }, { status: 201, headers: { location: `/api/v1/articles/${article.id}` } });
});
