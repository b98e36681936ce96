import { NextResponse } from "next/server";
import { accountOperations } from "@/lib/api/contract/account";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { listNotifications } from "@/lib/server/notifications/inbox";

export const GET = apiRoute(async ({ request, actor }) =>
  NextResponse.json(await listNotifications(actor, readQuery(request, accountOperations.listNotifications))),
);
