import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { listNotifications } from "@/lib/server/notifications/inbox";

export const GET = apiRoute(async ({ request, actor }) =>
  NextResponse.json(await listNotifications(actor, Object.fromEntries(new URL(request.url).searchParams))),
);
