import { NextResponse } from "next/server";
import { researchOperations } from "@/lib/api/contract/research";
import { figureGroupsForApi } from "@/lib/server/figures/group-api";
import { apiRoute, readQuery } from "@/lib/server/http/http";

export const GET = apiRoute(async ({ request, actor }) => {
  return NextResponse.json(await figureGroupsForApi(readQuery(request, researchOperations.listFigureGroups), actor));
});
