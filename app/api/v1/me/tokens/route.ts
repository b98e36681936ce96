import { NextResponse } from "next/server";
import { accountOperations } from "@/lib/api/contract/account";
import { createOwnApiToken, listOwnApiTokens } from "@/lib/server/auth/api-tokens";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const GET = apiRoute(async ({ actor }) => NextResponse.json({ items: await listOwnApiTokens(actor) }));

export const POST = apiRoute(async ({ request, actor }) =>
  NextResponse.json(await createOwnApiToken(await readBody(request, accountOperations.createToken), actor), { status: 201 }),
);
