import { NextResponse } from "next/server";
import { RELATED_THRESHOLD, SAME_THRESHOLD } from "@/lib/search/similarity";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";
import { relatedClaims } from "@/lib/server/claims/related";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  const related = await relatedClaims(params.id, actor);
  return NextResponse.json({ claimId: params.id, thresholds: { related: RELATED_THRESHOLD, same: SAME_THRESHOLD }, related });
});
