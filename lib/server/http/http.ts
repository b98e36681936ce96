import { NextResponse } from "next/server";
import { AppError, ERROR_STATUS } from "./errors";
import { requestActor } from "./request-actor";
import type { Actor } from "../auth/actors";

type RouteContext<Params> = { params: Promise<Params> };

/**
 * Wraps a route handler: resolves the acting user, turns expected failures into JSON errors with
 * their status, and hides unexpected ones behind a generic 500 (logged on the server).
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (input: { request: Request; actor: Actor | null; params: Params }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      const actor = await requestActor();
      return await handler({ request, actor, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: ERROR_STATUS[error.code] });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on the server" } }, { status: 500 });
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON");
  }
}
