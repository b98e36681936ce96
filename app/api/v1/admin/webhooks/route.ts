import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/server/http/http";
import { createWebhookEndpoint, listWebhookEndpoints } from "@/lib/server/webhooks/endpoints";

/** Admins only: `{items}`, endpoints without their secrets. */
export const GET = apiRoute(async ({ actor }) => NextResponse.json({ items: await listWebhookEndpoints(actor) }));

/** `{url, events, description?, secret?, active?}`; the answer carries the secret, the only time it is shown. */
export const POST = apiRoute(async ({ request, actor }) => {
  const endpoint = await createWebhookEndpoint(await readJson(request), actor);
  return NextResponse.json(endpoint, { status: 201, headers: { location: `/api/v1/admin/webhooks/${endpoint.id}` } });
});
