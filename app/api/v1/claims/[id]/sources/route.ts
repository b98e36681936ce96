import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { addSource } from "@/lib/server/claims/sources";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "source:edit");
  return NextResponse.json(await addSource(params.id, await readBody(request, claimOperations.addSource), actor), { status: 201 });
});
