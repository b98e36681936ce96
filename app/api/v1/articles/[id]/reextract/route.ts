import { NextResponse } from "next/server";
import { reextractAndRegroup } from "@/lib/server/articles/articles";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";

/** Admins only: runs the extraction engine again, keeping every claim a reviewer has touched. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:reextract");
  return NextResponse.json(await reextractAndRegroup(params.id, actor));
});
