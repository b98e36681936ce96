import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { assignClaim } from "@/lib/server/claims/assignments";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:assign");
  return NextResponse.json(await assignClaim(params.id, await readBody(request, claimOperations.assignClaim), actor));
});
