import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { scheduleClaim } from "@/lib/server/claims/schedule";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  return NextResponse.json(await scheduleClaim(params.id, await readBody(request, claimOperations.scheduleClaim), actor));
});
