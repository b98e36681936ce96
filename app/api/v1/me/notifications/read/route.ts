import { NextResponse } from "next/server";
import { accountOperations } from "@/lib/api/contract/account";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { markNotificationsRead } from "@/lib/server/notifications/inbox";

export const POST = apiRoute(async ({ request, actor }) => NextResponse.json(await markNotificationsRead(actor, await readBody(request, accountOperations.markNotificationsRead))));
