import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { apiRoute, checkBody } from "@/lib/server/http/http";
import { readJsonLimited } from "@/lib/server/http/request-body";
import { bulkChangeClaims } from "@/lib/server/claims/bulk";

// 1,000 {id, version} pairs with room to spare.
const MAX_BODY = 256 * 1024;

/** `{action, ids: [{id, version}], userId?, type?, reason?}` → `{done, skipped: [{id, reason}]}`. */
export const POST = apiRoute(async ({ request, actor }) => {
  const body = checkBody(claimOperations.bulkChangeClaims, await readJsonLimited(request, MAX_BODY, "The request is over 256 KB: at most 1,000 claims can be changed in one request"));
  return NextResponse.json(await bulkChangeClaims(body, actor));
});
