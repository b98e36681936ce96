import { NextResponse } from "next/server";
import { articleOperations } from "@/lib/api/contract/articles";
import { scheduleArticle } from "@/lib/server/claims/schedule";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readBody(request, articleOperations.scheduleArticle);
  return NextResponse.json(await scheduleArticle({ ...(body as object), articleId: params.id }, actor));
});
