import { NextResponse } from "next/server";
import { createComment, listComments } from "@/lib/server/comments/comments";
import { apiRoute, readJson } from "@/lib/server/http/http";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ items: await listComments(params.id, actor) }));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  NextResponse.json(await createComment(params.id, await readJson(request), actor), { status: 201 }),
);
