import { NextResponse } from "next/server";
import { adminOperations } from "@/lib/api/contract/admin";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { changeUser } from "@/lib/server/users/users";

/** `{role?, disabled?}`. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  authorize(actor, "user:manage");
  return NextResponse.json(await changeUser(params.id, await readBody(request, adminOperations.changeUser), actor));
});
