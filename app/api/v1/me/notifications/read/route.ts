import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/server/http/http";
import { markNotificationsRead } from "@/lib/server/notifications/inbox";

export const POST = apiRoute(async ({ request, actor }) => NextResponse.json(await markNotificationsRead(actor, await readJson(request))));
