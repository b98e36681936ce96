import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/server/http/http";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/server/webhooks/endpoints";

/** `{url?, events?, description?, active?, secret?}`; `secret: true` generates a new one, shown in this answer. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => NextResponse.json(await updateWebhookEndpoint(params.id, await readJson(request), actor)));

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteWebhookEndpoint(params.id, actor);
  return new NextResponse(null, { status: 204 });
});
