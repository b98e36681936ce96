import { NextResponse } from "next/server";
import { scheduleArticle } from "@/lib/server/claims/schedule";
import { apiRoute, readJson } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const body = await readJson(request);
  return NextResponse.json(await scheduleArticle({ ...(body as object), articleId: params.id }, actor));
});
