import { NextResponse } from "next/server";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute } from "@/lib/server/http/http";
import { cancelImportJob } from "@/lib/server/imports/imports";

export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => {
  authorize(actor, "article:import");
  return NextResponse.json(await cancelImportJob(params.id, actor));
});
