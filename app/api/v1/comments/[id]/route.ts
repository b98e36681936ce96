import { NextResponse } from "next/server";
import { claimOperations } from "@/lib/api/contract/claims";
import { deleteComment, updateComment } from "@/lib/server/comments/comments";
import { apiRoute, readBody } from "@/lib/server/http/http";

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => NextResponse.json(await updateComment(params.id, await readBody(request, claimOperations.updateComment), actor)));

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json(await deleteComment(params.id, actor)));
