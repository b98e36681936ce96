import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readJson } from "@/lib/server/http/http";
import { addSource } from "@/lib/server/claims/sources";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "source:edit");
  return NextResponse.json(await addSource(params.id, await readJson(request), actor), { status: 201 });
});
