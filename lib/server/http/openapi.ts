import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { API_OPERATIONS } from "@/lib/api/contract";
import type { ApiOperation } from "@/lib/api/contract/operation";
import { errorBody } from "@/lib/api/contract/shapes";
import { ERROR_STATUS, type ErrorCode } from "./errors";

type AnyErrorCode = ErrorCode | "internal";

const ERROR_MEANINGS: Record<AnyErrorCode, string> = {
  invalid: "the request breaks a rule: `fields` names each field (unknown fields included) and what is wrong",
  unauthenticated: "no token, or one that is unknown, revoked or expired",
  forbidden: "the role, or the token's scope, does not allow this",
  not_found: "no such resource (or path)",
  method_not_allowed: "the path exists but does not take this method: `Allow` lists those it takes",
  conflict: "the resource changed since the `version` sent, or already exists",
  too_large: "the body is over the limit",
  rate_limited: "too many requests for this token: wait `Retry-After` seconds",
  internal: "an unexpected failure, logged on the server; nothing was saved",
};

// Every operation can meet these, whatever it does; `forbidden` because a token's scope may not cover it.
const ALWAYS: AnyErrorCode[] = ["unauthenticated", "forbidden", "method_not_allowed", "rate_limited", "internal"];
const ALWAYS_PUBLIC: AnyErrorCode[] = ["method_not_allowed", "internal"];
export const statusOf = (code: AnyErrorCode) => (code === "internal" ? 500 : ERROR_STATUS[code]);

/** The error codes an operation documents: its own, and those any operation may meet. */
export function operationErrorCodes(operation: ApiOperation): AnyErrorCode[] {
  return [...new Set([...operation.errors, ...(operation.public ? ALWAYS_PUBLIC : ALWAYS)])];
}

const ERROR_TABLE = (Object.keys(ERROR_MEANINGS) as AnyErrorCode[]).map((code) => ({ code, status: statusOf(code), meaning: ERROR_MEANINGS[code] }));

const DESCRIPTION = `The ClaimDesk API: import articles, check their claims, decide verdicts and publish ClaimReview.

Every failure answers \`{"error": {"code", "message", "fields"?}}\` with one of these codes:

| code | status | meaning |
| --- | --- | --- |
${ERROR_TABLE.map((row) => `| \`${row.code}\` | ${row.status} | ${row.meaning} |`).join("\n")}

Changes to a claim take the \`version\` you read; a change based on an older one is refused with 409 naming who changed it.`;

const TOKEN_DESCRIPTION = `An API token: \`Authorization: Bearer <token>\`. Create one with \`npm run users -- token --email you@example.org\` or on the settings page.
A token acts with its owner's role, limited by its scopes: GET and HEAD need \`read\`, other methods need \`write\`, and anything under /api/v1/admin/ needs \`admin\`.`;

function errorResponses(operation: ApiOperation): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, AnyErrorCode[]>();
  for (const code of operationErrorCodes(operation)) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, codes] of byStatus) {
    if (operation.responses[status]) continue;
    responses[String(status) as "400"] = {
      description: codes.map((code) => `\`${code}\`: ${ERROR_MEANINGS[code]}`).join("; "),
      content: { "application/json": { schema: errorBody } },
    };
  }
  return responses;
}

function pathParams(path: string): z.ZodObject | undefined {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return names.length ? z.object(Object.fromEntries(names.map((name) => [name, z.string()]))) : undefined;
}

function describeOperation(operationId: string, operation: ApiOperation): ZodOpenApiOperationObject {
  const path = pathParams(operation.path);
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status as "200"] = {
      description: response.description,
      ...(response.schema || response.contentType
        ? { content: { [response.contentType ?? "application/json"]: response.schema ? { schema: response.schema } : {} } }
        : {}),
    };
  }
  const content: Record<string, { schema?: z.ZodType; description?: string }> = {};
  if (operation.body) content["application/json"] = { schema: operation.body };
  if (operation.rawBody) content[operation.rawBody.contentType] = {};
  return {
    operationId,
    summary: operation.summary,
    ...(operation.description || operation.rawBody ? { description: [operation.description, operation.rawBody?.description].filter(Boolean).join("\n\n") } : {}),
    tags: [operation.tag],
    ...(path || operation.query ? { requestParams: { ...(path ? { path } : {}), ...(operation.query ? { query: operation.query } : {}) } } : {}),
    ...(Object.keys(content).length ? { requestBody: { required: !operation.bodyOptional, content } } : {}),
    responses: { ...responses, ...errorResponses(operation) },
    ...(operation.public ? { security: [] } : {}),
  };
}

let built: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of /api/v1, built once from the contracts. */
export function openApiDocument() {
  if (built) return built;
  const paths: ZodOpenApiPathsObject = {};
  for (const [operationId, operation] of Object.entries(API_OPERATIONS) as [string, ApiOperation][]) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: describeOperation(operationId, operation) };
  }
  built = createDocument(
    {
      openapi: "3.1.0",
      info: { title: "ClaimDesk API", version: "1", description: DESCRIPTION },
      servers: [{ url: "/" }],
      components: { securitySchemes: { token: { type: "http", scheme: "bearer", description: TOKEN_DESCRIPTION } } },
      security: [{ token: [] }],
      paths,
    },
  );
  return built;
}
