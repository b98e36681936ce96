import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/authz";
import { getArticleForApi } from "@/lib/server/claim-views";
import { apiRoute } from "@/lib/server/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  return NextResponse.json(await getArticleForApi(params.id, actor));
});
