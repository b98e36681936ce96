import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { listClaimPage } from "@/lib/server/claims/claim-list";

/** `?limit=&cursor=&sort=&state=&type=&assignee=&articleId=&outlet=&from=&to=`: `{items, nextCursor, total}`. */
export const GET = apiRoute(async ({ request, actor }) => {
  const { items, nextCursor, total } = await listClaimPage(Object.fromEntries(new URL(request.url).searchParams), actor);
  return NextResponse.json({ items, nextCursor, total });
});
