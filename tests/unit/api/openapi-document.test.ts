import fs from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, test } from "vitest";
import { API_OPERATIONS } from "@/lib/api/contract";
import { API_ROUTE_METHODS } from "@/lib/api/route-methods";
import { openApiDocument } from "@/lib/server/http/openapi";

const API_DIR = path.resolve(import.meta.dirname, "../../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every route file under app/api/v1 with the HTTP methods it exports, as "METHOD /api/v1/path/{param}". */
function routeOperations(): string[] {
  const found: string[] = [];
  for (const file of fs.readdirSync(API_DIR, { recursive: true, encoding: "utf8" })) {
    if (path.basename(file) !== "route.ts") continue;
    const segments = path.dirname(file).split(path.sep).filter((segment) => segment !== ".");
    // The catch-all answers unknown paths with not_found; it is not an operation.
    if (segments.some((segment) => segment.startsWith("[..."))) continue;
    const route = ["/api/v1", ...segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
    const source = fs.readFileSync(path.join(API_DIR, file), "utf8");
    const exported = new Set([
      ...[...source.matchAll(/export (?:const|async function|function) (\w+)/g)].map((match) => match[1]!),
      ...[...source.matchAll(/export \{([^}]+)\}/g)].flatMap((match) => match[1]!.split(",").map((part) => part.trim().split(/\s+as\s+/).at(-1)!)),
    ]);
    for (const method of METHODS) if (exported.has(method)) found.push(`${method} ${route}`);
  }
  return found.sort();
}

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document", async () => {
    // As served: JSON, not the objects it was built from.
    const result = await new Validator().validate(JSON.parse(JSON.stringify(openApiDocument())));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openApiDocument().openapi).toBe("3.1.0");
  });

  test("describes every route under app/api/v1, and nothing else", () => {
    const documented = Object.values(API_OPERATIONS).map((operation) => `${operation.method.toUpperCase()} ${operation.path}`).sort();
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((route) => !documented.includes(route)), "routes missing from the contracts in lib/api/contract").toEqual([]);
    expect(documented.filter((operation) => !routes.includes(operation)), "contracts without a route").toEqual([]);
  });

  test("the proxy's table of methods per path is the contracts'", () => {
    const fromContracts: Record<string, string[]> = {};
    for (const operation of Object.values(API_OPERATIONS)) (fromContracts[operation.path] ??= []).push(operation.method.toUpperCase());
    const sorted = (table: Record<string, readonly string[]>) => Object.fromEntries(Object.entries(table).map(([path, methods]) => [path, [...methods].sort()]));
    expect(sorted(API_ROUTE_METHODS)).toEqual(sorted(fromContracts));
  });

  test("every JSON body refuses fields it does not name, and every operation declares its errors in one shape", () => {
    const document = openApiDocument();
    for (const [route, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, { requestBody?: { content: Record<string, { schema?: object }> }; responses: Record<string, { content?: Record<string, { schema?: object }> }> }>)) {
        const schema = operation.requestBody?.content["application/json"]?.schema as { additionalProperties?: boolean; anyOf?: { additionalProperties?: boolean }[] } | undefined;
        if (schema) {
          const objects = schema.anyOf ?? [schema];
          expect(objects.every((object) => object.additionalProperties === false), `${method} ${route} body`).toBe(true);
        }
        for (const status of route === "/api/v1/openapi.json" ? ["405", "500"] : ["401", "405", "429", "500"]) {
          expect(operation.responses[status]?.content?.["application/json"]?.schema, `${method} ${route} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        }
      }
    }
  });

  test("names the bearer token scheme with its scope rule, and the error codes", () => {
    const document = openApiDocument();
    const scheme = document.components?.securitySchemes?.token as { scheme: string; description: string };
    expect(scheme.scheme).toBe("bearer");
    expect(scheme.description).toContain("/api/v1/admin/");
    for (const code of ["unauthenticated", "forbidden", "not_found", "method_not_allowed", "invalid", "conflict", "too_large", "rate_limited", "internal"]) {
      expect(document.info.description).toContain(`\`${code}\``);
    }
  });
});
