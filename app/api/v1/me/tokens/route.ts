import { NextResponse } from "next/server";
import { createOwnApiToken, listOwnApiTokens } from "@/lib/server/auth/api-tokens";
import { apiRoute, readJson } from "@/lib/server/http/http";

export const GET = apiRoute(async ({ actor }) => NextResponse.json({ items: await listOwnApiTokens(actor) }));

export const POST = apiRoute(async ({ request, actor }) => NextResponse.json(await createOwnApiToken(await readJson(request), actor), { status: 201 }));
