import { NextResponse } from "next/server";
import { figureGroupForApi } from "@/lib/server/figures/group-api";
import { apiRoute } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  return NextResponse.json(await figureGroupForApi(params.id, Object.fromEntries(new URL(request.url).searchParams), actor));
});
