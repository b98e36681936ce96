/**
 * Every operation of /api/v1, as the OpenAPI document describes it and the routes check it.
 *
 * Adding a route: (1) describe it in its area's file (or a new `<area>.ts` exporting
 * `operations({...})`, spread below), with the schemas its server function validates with, wrapped
 * in `strict()`, and the zod shape of each answer; (2) in the route, read the body with
 * `readBody(request, operation)` and the query with `readQuery(request, operation)`; (3) add its
 * path and methods to lib/api/route-methods.ts. tests/unit/api/openapi-document.test.ts fails until
 * routes, contracts and that table agree.
 */
import { z } from "zod";
import { accountOperations } from "./account";
import { adminOperations } from "./admin";
import { articleOperations } from "./articles";
import { claimOperations } from "./claims";
import { importOperations } from "./imports";
import { operations, type ApiOperation } from "./operation";
import { researchOperations } from "./research";
import { webhookOperations } from "./webhooks";

export const documentOperations = operations({
  openApiDocument: {
    method: "get", path: "/api/v1/openapi.json", tag: "Reference", summary: "This document (OpenAPI 3.1); no token needed",
    responses: { 200: { description: "The OpenAPI document", schema: z.looseObject({ openapi: z.string(), paths: z.looseObject({}) }) } }, errors: [], public: true,
  },
});

export const API_OPERATIONS = {
  ...claimOperations,
  ...articleOperations,
  ...importOperations,
  ...accountOperations,
  ...researchOperations,
  ...adminOperations,
  ...webhookOperations,
  ...documentOperations,
} satisfies Record<string, ApiOperation>;

export type OperationId = keyof typeof API_OPERATIONS;
