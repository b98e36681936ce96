import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { search } from "@/lib/server/search/search";

export const GET = apiRoute(async ({ request, actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return NextResponse.json(await search(params, actor!));
});
