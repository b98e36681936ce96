import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { restoreClaim } from "@/lib/server/claims/claims";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:dismiss");
  return NextResponse.json(await restoreClaim(params.id, await readBody(request, claimOperations.restoreClaim), actor));
});
