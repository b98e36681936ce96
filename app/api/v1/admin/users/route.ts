import { NextResponse } from "next/server";
import { adminOperations } from "@/lib/api/contract/admin";
import { authorize } from "@/lib/server/auth/authz";
import { apiRoute, readBody, readQuery } from "@/lib/server/http/http";
import { createUser, listUserPage } from "@/lib/server/users/users";

/** `?limit=&cursor=&role=&status=`: `{items, nextCursor, total}` by name. */
export const GET = apiRoute(async ({ request, actor }) => {
  authorize(actor, "user:manage");
  const { items, nextCursor, total } = await listUserPage(readQuery(request, adminOperations.listUsers), actor);
  return NextResponse.json({ items, nextCursor, total });
});

export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "user:manage");
  const user = await createUser(await readBody(request, adminOperations.createUser), actor);
  return NextResponse.json(user, { status: 201, headers: { location: `/api/v1/admin/users/${user.id}` } });
});
