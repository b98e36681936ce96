import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { AppError } from "@/lib/server/http/errors";
import { apiRoute, readJson } from "@/lib/server/http/http";
import { linkClaim, markNotRelated } from "@/lib/server/claims/related";

/**
 * `{ "targetClaimId": "...", "kind": "same_claim" }` links the claim to an already-checked one and
 * proposes its verdict again; `"kind": "not_related"` stops suggesting the other claim.
 */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "article:read");
  const body = await readJson(request);
  const kind = typeof body === "object" && body !== null ? (body as { kind?: unknown }).kind : undefined;
  if (kind === "same_claim") return NextResponse.json(await linkClaim(params.id, body, actor), { status: 201 });
  if (kind === "not_related") return NextResponse.json(await markNotRelated(params.id, body, actor), { status: 201 });
  throw new AppError("invalid", "Some fields are invalid", { fields: { kind: ["must be same_claim or not_related"] } });
});
