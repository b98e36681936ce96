import { NextResponse } from "next/server";
import { webhookOperations } from "@/lib/api/contract/webhooks";
import { apiRoute, readBody } from "@/lib/server/http/http";
import { deleteWebhookEndpoint, updateWebhookEndpoint } from "@/lib/server/webhooks/endpoints";

/** `secret: true` generates a new one, shown in this answer. */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  NextResponse.json(await updateWebhookEndpoint(params.id, await readBody(request, webhookOperations.changeWebhook), actor)),
);

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => {
  await deleteWebhookEndpoint(params.id, actor);
  return new NextResponse(null, { status: 204 });
});
