import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody, readQuery } from "@/lib/server/http/http";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import { createClaim } from "@/lib/server/claims/claims";

/** `?limit=&cursor=&sort=&state=&type=&assignee=&articleId=&outlet=&from=&to=`: `{items, nextCursor, total}`. */
export const GET = apiRoute(async ({ request, actor }) => {
  const { items, nextCursor, total } = await listClaimPage(readQuery(request, claimOperations.listClaims), actor);
  return NextResponse.json({ items, nextCursor, total });
});

/** A claim the extractor missed: `{articleId, start, end, type?, statement?, speaker?}` anchored to that span of the text. */
export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "claim:edit");
  const claim = await createClaim(await readBody(request, claimOperations.createClaim), actor);
  return NextResponse.json(claim, { status: 201, headers: { location: `/api/v1/claims/${claim.id}` } });
});
