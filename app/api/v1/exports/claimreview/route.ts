import { researchOperations } from "@/lib/api/contract/research";
import { streamClaimReviews } from "@/lib/server/exports/exports";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readQuery } from "@/lib/server/http/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "export:read");
  const stream = await streamClaimReviews(readQuery(request, researchOperations.exportClaimReview), actor);
  return new Response(stream, { headers: { "content-type": "application/ld+json; charset=utf-8", "cache-control": "no-store" } });
});
