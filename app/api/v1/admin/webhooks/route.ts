import { NextResponse } from "next/server";
import { webhookOperations } from "@/lib/api/contract/webhooks";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/server/webhooks/endpoints";

/** Admins only: `{items}`, endpoints without their secrets. */
export const GET = apiRoute(async ({ actor }) => NextResponse.json({ items: await listWebhookEndpoints(actor) }));

/** The answer carries the secret, the only time it is shown. */
export const POST = apiRoute(async ({ request, actor }) => {
  const endpoint = await createWebhookEndpoint(await readBody(request, webhookOperations.createWebhook), actor);
  return NextResponse.json(endpoint, { status: 201, headers: { location: `/api/v1/admin/webhooks/${endpoint.id}` } });
});
