import { NextResponse } from "next/server";
import { adminOperations } from "@/lib/api/contract/admin";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { listRatings, replaceRatingScale } from "@/lib/server/settings/ratings";

export const GET = apiRoute(async ({ actor }) => {
  authorize(actor, "settings:manage");
  return NextResponse.json({ items: await listRatings(actor, { includeInactive: true }) });
});

export const PUT = apiRoute(async ({ request, actor }) => {
  authorize(actor, "settings:manage");
  return NextResponse.json({ items: await replaceRatingScale(await readBody(request, adminOperations.replaceRatings), actor) });
});
