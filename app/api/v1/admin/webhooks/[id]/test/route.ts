import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { sendTestWebhook } from "@/lib/server/webhooks/endpoints";

/** Queues a `webhook.test` event to this endpoint; answers the new delivery. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await sendTestWebhook(params.id, actor), { status: 202 }));
