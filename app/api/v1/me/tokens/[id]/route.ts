import { NextResponse } from "next/server";
import { revokeOwnApiToken } from "@/lib/server/auth/api-tokens";
import { apiRoute } from "@/lib/server/http/http";

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await revokeOwnApiToken(params, actor)));
