import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { proposeVerdict } from "@/lib/server/claims/verdicts";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "verdict:propose");
  const verdict = await proposeVerdict(params.id, await readBody(request, claimOperations.proposeVerdict), actor);
  return NextResponse.json({ id: verdict.id, state: verdict.state }, { status: 201 });
});
