import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { splitClaim } from "@/lib/server/claims/claims";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:edit");
  return NextResponse.json(await splitClaim(params.id, await readBody(request, claimOperations.splitClaim), actor));
});
