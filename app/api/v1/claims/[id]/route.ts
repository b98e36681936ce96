import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { claimForApi, getClaimDetail } from "@/lib/server/claims/claim-views";
import { updateClaim } from "@/lib/server/claims/claims";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  return NextResponse.json(await getClaimDetail(params.id, actor));
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:edit");
  await updateClaim(params.id, await readBody(request, claimOperations.updateClaim), actor);
  return NextResponse.json(claimForApi(await getClaimDetail(params.id, actor)));
});
