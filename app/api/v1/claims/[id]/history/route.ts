import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/authz";
import { getClaimHistory } from "@/lib/server/history";
import { apiRoute } from "@/lib/server/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:read");
  return NextResponse.json({ claimId: params.id, entries: await getClaimHistory(params.id, actor) });
});
