import { NextResponse } from "next/server";
import { researchOperations } from "@/lib/api/contract/research";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { authorize } from "@/lib/server/auth/authz";
import { search } from "@/lib/server/search/search";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "article:read");
  return NextResponse.json(await search(readQuery(request, researchOperations.search), actor));
});
