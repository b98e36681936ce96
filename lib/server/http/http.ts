import { NextResponse } from "next/server";
import { isUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/text/unsafe-text";
import { AppError, ERROR_STATUS } from "./errors";
import { jsonBodyLimit } from "./body-limits";
import { readJsonLimited } from "./request-body";
import { apiCaller } from "./request-actor";
import type { Actor } from "../auth/actors";
import { RateLimitedError } from "../auth/rate-limit";
import { logServerError } from "./log-error";
import { parseInput } from "./validate";
import type { ApiOperation } from "@/lib/api/contract/operation";

type RouteContext<Params> = { params: Promise<Params> };

/**
 * Wraps a route handler: resolves the acting user, turns expected failures into JSON errors with
 * their status, and hides unexpected ones behind a generic 500 (logged on the server).
 */
export function apiRoute<Params = Record<string, never>>(
  handler: (input: { request: Request; actor: Actor | null; params: Params }) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    try {
      const params = await context.params;
      assertSafeParams(params);
      const caller = await apiCaller(request);
      limitHeaders = caller.headers;
      return withHeaders(await handler({ request, actor: caller.actor, params }), limitHeaders);
    } catch (error) {
      return withHeaders(errorResponse(error), error instanceof RateLimitedError ? error.headers : limitHeaders);
    }
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const entries = Object.entries(headers);
  if (entries.length === 0) return response;
  try {
    for (const [name, value] of entries) response.headers.set(name, value);
    return response;
  } catch {
    // Some responses (redirects, fetched ones) have immutable headers: answer with a copy.
    const copy = new Response(response.body, response);
    for (const [name, value] of entries) copy.headers.set(name, value);
    return copy;
  }
}

/** Ids in the path reach SQL as text: one PostgreSQL cannot store is a bad request, not a server error. */
function assertSafeParams(params: unknown): void {
  if (params === null || typeof params !== "object") return;
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === "string" && isUnsafeText(item))) {
      throw new AppError("invalid", `${name} ${UNSAFE_TEXT_MESSAGE}`, { fields: { [name]: [UNSAFE_TEXT_MESSAGE] } });
    }
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: ERROR_STATUS[error.code] });
  }
  logServerError("API request", error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on the server" } }, { status: 500 });
}

/** A JSON request body, read as a stream and refused with 413 past API_MAX_JSON_BYTES. */
export async function readJson(request: Request, whenEmpty?: unknown): Promise<unknown> {
  const limit = jsonBodyLimit();
  return readJsonLimited(request, limit, `The request body is larger than the limit of ${limit.toLocaleString("en")} bytes (API_MAX_JSON_BYTES)`, whenEmpty);
}

/**
 * The JSON body of an operation, refused with 400 when it breaks the operation's contract (an
 * unknown field included). It is returned as sent: the server function parses it with the same schema.
 */
export async function readBody(request: Request, operation: ApiOperation): Promise<unknown> {
  return checkBody(operation, await readJson(request, operation.bodyOptional ? {} : undefined));
}

/** A body read with a limit of its own, checked against the operation's contract. */
export function checkBody(operation: ApiOperation, body: unknown): unknown {
  if (operation.body) parseInput(operation.body, body);
  return body;
}

/**
 * The query string as an object, refused with 400 when it names a parameter the operation does not
 * take; the values are left to the server function, whose messages say what each list accepts.
 */
export function readQuery(request: Request, operation: ApiOperation): Record<string, string> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const known = new Set(Object.keys(operation.query?.shape ?? {}));
  const unknown = Object.keys(query).filter((name) => !known.has(name));
  if (unknown.length) {
    const fields = Object.fromEntries(unknown.map((name) => [name, [`${name} is not a known parameter`]]));
    throw new AppError("invalid", `Unknown parameter${unknown.length === 1 ? "" : "s"}: ${unknown.join(", ")}`, { fields });
  }
  return query;
}
