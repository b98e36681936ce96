import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { mergeClaims } from "@/lib/server/claims/claims";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:edit");
  return NextResponse.json(await mergeClaims(params.id, await readBody(request, claimOperations.mergeClaim), actor));
});
