import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { linkRequestSchema } from "@/lib/search/schema";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { parseInput } from "@/lib/server/http/validate";
import { linkClaim, markNotRelated, recordLink } from "@/lib/server/claims/related";

/**
 * `{ "targetClaimId": "...", "kind": "same_claim" | "same_figure" | "related" | "not_related", "reuse"?: boolean }`.
 * A same-claim link reuses the other claim's approved check as a proposal (unless `reuse` is false);
 * the other kinds record what the reviewer said; `not_related` stops suggesting the other claim.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "article:read");
  const body = await readBody(request, claimOperations.linkClaim);
  const { kind, reuse } = parseInput(linkRequestSchema, body);
  if (kind === "not_related") return NextResponse.json(await markNotRelated(params.id, body, actor), { status: 201 });
  if (kind === "same_claim" && reuse !== false) return NextResponse.json({ ...(await linkClaim(params.id, body, actor)), kind }, { status: 201 });
  return NextResponse.json(await recordLink(params.id, body, actor), { status: 201 });
});
