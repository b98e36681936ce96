import { NextResponse } from "next/server";
import { webhookOperations } from "@/lib/api/contract/webhooks";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { listWebhookDeliveries } from "@/lib/server/webhooks/endpoints";

/** `?limit=` (1–100, default 20): `{items}`, newest first, each with its attempts. */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  NextResponse.json({ items: await listWebhookDeliveries(params.id, readQuery(request, webhookOperations.listWebhookDeliveries), actor) }),
);
