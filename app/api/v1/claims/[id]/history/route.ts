import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { getClaimHistory } from "@/lib/server/claims/history";
import { apiRoute } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  return NextResponse.json({ claimId: params.id, entries: await getClaimHistory(params.id, actor) });
});
