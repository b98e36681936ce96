import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { returnVerdict } from "@/lib/server/claims/verdicts";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "verdict:decide");
  return NextResponse.json(await returnVerdict(params.id, await readBody(request, claimOperations.returnVerdict), actor));
});
