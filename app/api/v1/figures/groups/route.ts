import { NextResponse } from "next/server";
import { figureGroupsForApi } from "@/lib/server/figures/group-api";
import { apiRoute } from "@/lib/server/http/http";

export const GET = apiRoute(async ({ request, actor }) => {
  return NextResponse.json(await figureGroupsForApi(Object.fromEntries(new URL(request.url).searchParams), actor));
});
