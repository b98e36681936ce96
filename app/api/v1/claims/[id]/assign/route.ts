import { NextResponse } from "next/server";
import { assignClaim } from "@/lib/server/assignments";
import { authorize } from "@/lib/server/authz";
import { apiRoute, readJson } from "@/lib/server/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "claim:assign");
  return NextResponse.json(await assignClaim(params.id, await readJson(request), actor));
});
