import { NextResponse } from "next/server";
import { adminOperations } from "@/lib/api/contract/admin";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { changeOrganisationSettings, getOrganisationSettings } from "@/lib/server/settings/organisation-settings";

export const GET = apiRoute(async ({ actor }) => NextResponse.json(await getOrganisationSettings(actor)));

export const PATCH = apiRoute(async ({ request, actor }) => {
  authorize(actor, "settings:manage");
  return NextResponse.json(await changeOrganisationSettings(await readBody(request, adminOperations.changeOrganisation), actor));
});
