import { NextResponse } from "next/server";
import { scheduleClaim } from "@/lib/server/claims/schedule";
import { apiRoute, readJson } from "@/lib/server/http/http";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  return NextResponse.json(await scheduleClaim(params.id, await readJson(request), actor));
});
