import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { leaveClaim, othersOnClaim, touchPresence } from "@/lib/server/presence/presence";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ others: await othersOnClaim(params.id, actor) }));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => NextResponse.json({ others: await touchPresence(params.id, await readBody(request, claimOperations.touchPresence), actor) }));

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await leaveClaim(params.id, actor);
  return new NextResponse(null, { status: 204 });
});
