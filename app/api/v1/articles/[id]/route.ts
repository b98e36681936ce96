import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { getArticleForApi } from "@/lib/server/claims/claim-views";
import { apiRoute } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  return NextResponse.json(await getArticleForApi(params.id, actor));
});
