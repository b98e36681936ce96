import { NextResponse } from "next/server";
import { researchOperations } from "@/lib/api/contract/research";
import { figureGroupForApi } from "@/lib/server/figures/group-api";
import { apiRoute, readQuery } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  return NextResponse.json(await figureGroupForApi(params.id, readQuery(request, researchOperations.getFigureGroup), actor));
});
