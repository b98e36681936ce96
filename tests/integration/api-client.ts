import path from "node:path";
import { expect } from "vitest";
import { API_OPERATIONS, type OperationId } from "@/lib/api/contract";
import type { ApiOperation } from "@/lib/api/contract/operation";
import { errorBody } from "@/lib/api/contract/shapes";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { operationErrorCodes, statusOf } from "@/lib/server/http/openapi";
import { apiRequestHeaders } from "./api-headers";

/**
 * Calls the API's route handlers in-process as an integrator would, by operation, with a bearer
 * token; every answer is checked against what the operation's contract declares for its status,
 * so a route answering a shape the OpenAPI document does not describe fails the test.
 * A file using it mocks next/headers: `vi.mock("next/headers", async () => (await import("./api-headers")).nextHeadersMock())`.
 */

export async function tokenFor(userId: string): Promise<string> {
  return (await issueApiToken({ userId }, SYSTEM_ACTOR)).token;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const APP_API = path.resolve(import.meta.dirname, "../../app");

async function handlerFor(operation: ApiOperation): Promise<Handler> {
  const file = path.join(APP_API, operation.path.replace(/\{(\w+)\}/g, "[$1]"), "route.ts");
  const route = (await import(file)) as Record<string, Handler>;
  const handler = route[operation.method.toUpperCase()];
  if (!handler) throw new Error(`${file} has no ${operation.method.toUpperCase()}`);
  return handler;
}

export interface ApiCall {
  token: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface ApiAnswer<Body = any> {
  status: number;
  body: Body;
  text: string;
}

/** Fails unless the answer is one the contract declares: a declared response with its schema, or one of its errors in the error shape. */
export function expectDeclared(operation: ApiOperation, status: number, body: unknown): void {
  const declared = operation.responses[status];
  if (declared) {
    if (declared.schema) {
      const parsed = declared.schema.safeParse(body);
      expect(parsed.error?.issues ?? [], `${operation.method} ${operation.path} ${status} answered a shape the contract does not declare`).toEqual([]);
    }
    return;
  }
  const codes: string[] = operationErrorCodes(operation);
  expect(operationErrorCodes(operation).map(statusOf), `${operation.method} ${operation.path} answered an undeclared status`).toContain(status);
  const parsed = errorBody.safeParse(body);
  expect(parsed.error?.issues ?? [], `${operation.method} ${operation.path} ${status} is not in the error shape`).toEqual([]);
  expect(codes).toContain((body as { error: { code: string } }).error.code);
}

export async function callApi<Body = any>(operationId: OperationId, call: ApiCall): Promise<ApiAnswer<Body>> {
  const operation: ApiOperation = API_OPERATIONS[operationId];
  let url = `http://test${operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(call.params?.[name] ?? ""))}`;
  if (call.query) url += `?${new URLSearchParams(call.query)}`;
  apiRequestHeaders.current = new Headers({ authorization: `Bearer ${call.token}` });
  const init: RequestInit = { method: operation.method.toUpperCase() };
  if (call.body !== undefined) {
    init.body = JSON.stringify(call.body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await (await handlerFor(operation))(new Request(url, init), { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  const body = /json/.test(contentType) && text ? JSON.parse(text) : text;
  expectDeclared(operation, response.status, body);
  return { status: response.status, body: body as Body, text };
}

/** The operation a request is for, by method and path as Next.js routes it (a fixed segment before a parameter). */
function operationFor(request: Request): ApiOperation {
  const { pathname } = new URL(request.url);
  const matches = Object.values(API_OPERATIONS as Record<string, ApiOperation>)
    .filter((operation) => operation.method === request.method.toLowerCase())
    .filter((operation) => new RegExp(`^${operation.path.replace(/[.]/g, "\\.").replace(/\{\w+\}/g, "[^/]+")}$`).test(pathname))
    .sort((a, b) => (a.path.match(/\{/g) ?? []).length - (b.path.match(/\{/g) ?? []).length);
  if (!matches[0]) throw new Error(`no contract for ${request.method} ${pathname}`);
  return matches[0];
}

/** For tests calling a route handler themselves: the answer, checked against its operation's contract. */
export async function expectAnswerDeclared(request: Request, response: Response): Promise<Response> {
  const text = await response.clone().text();
  const body = /json/.test(response.headers.get("content-type") ?? "") && text ? JSON.parse(text) : text;
  expectDeclared(operationFor(request), response.status, body);
  return response;
}
