import type { z } from "zod";
import type { ErrorCode } from "@/lib/server/http/errors";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface ApiResponse {
  description: string;
  /** The body's shape; a route answering anything else fails the contract tests. */
  schema?: z.ZodType;
  /** application/json unless said otherwise (exports stream CSV and JSON-LD). */
  contentType?: string;
}

/**
 * One operation of the API as integrators see it. Path parameters are read from `{name}` in the
 * path. `body` and `query` are the schemas the server functions validate with, made strict, so the
 * route refuses what the document does not name.
 */
export interface ApiOperation {
  method: HttpMethod;
  path: `/api/v1/${string}`;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** With an optional body, an empty request means `{}`. */
  bodyOptional?: boolean;
  /** A body that is not JSON (file uploads), described in words. */
  rawBody?: { contentType: string; description: string };
  responses: Record<number, ApiResponse>;
  /** The error codes particular to this operation; every one may also meet unauthenticated, forbidden (a token's scope), method_not_allowed, rate_limited and internal. */
  errors: ErrorCode[];
  /** Answered without a token. */
  public?: boolean;
}

/** Keeps the operation names of an area as literal keys while checking each against the type. */
export const operations = <const Operations extends Record<string, ApiOperation>>(group: Operations) => group;
