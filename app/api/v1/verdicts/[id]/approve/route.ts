import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { approveVerdict } from "@/lib/server/claims/verdicts";


/** The body (capped like every JSON body) is optional: `{ "version": n }` refuses the approval if the claim changed since it was read. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "verdict:decide");
  return NextResponse.json(await approveVerdict(params.id, await readBody(request, claimOperations.approveVerdict), actor));
});
