import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { createComment, listComments } from "@/lib/server/comments/comments";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ items: await listComments(params.id, actor) }));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  NextResponse.json(await createComment(params.id, await readBody(request, claimOperations.createComment), actor), { status: 201 }),
);
