import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { replayWebhookDelivery } from "@/lib/server/webhooks/endpoints";

/** Sends the delivery's event again, as a new delivery; answers it. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await replayWebhookDelivery(params.id, actor), { status: 202 }));
