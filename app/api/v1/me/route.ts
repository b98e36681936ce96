import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";

export const GET = apiRoute(async ({ actor }) => {
  authorize(actor, "article:read");
  return NextResponse.json({ id: actor.id, name: actor.name, role: actor.role });
});
