import { NextResponse } from "next/server";
import { articleOperations } from "@/lib/api/contract/articles";
import { apiRoute, checkBody } from "@/lib/server/http/http";
import { readJsonLimited } from "@/lib/server/http/request-body";
import { setArticleArchived } from "@/lib/server/articles/archive";

/** Admins: no body or `{"archived": true}` archives the article, `{"archived": false}` brings it back. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = checkBody(articleOperations.archiveArticle, await readJsonLimited(request, 4096, "The request is over 4 KB", {}));
  return NextResponse.json(await setArticleArchived(params.id, body, actor));
});
