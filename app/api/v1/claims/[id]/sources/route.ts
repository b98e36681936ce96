import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/authz";
import { apiRoute, readJson } from "@/lib/server/http";
import { addSource } from "@/lib/server/sources";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "source:edit");
  return NextResponse.json(await addSource(params.id, await readJson(request), actor), { status: 201 });
});
