import { searchParamsObject } from "@/lib/export/filters";
import { streamClaimReviews } from "@/lib/server/exports";
import { authorize } from "@/lib/server/authz";
import { apiRoute } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  const stream = await streamClaimReviews(searchParamsObject(new URL(request.url).searchParams), actor);
  return new Response(stream, { headers: { "content-type": "application/ld+json; charset=utf-8", "cache-control": "no-store" } });
});
