import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { allowedMethods } from "@/lib/api/route-methods";
import { proxy } from "@/proxy";

const request = (method: string, path: string) => new NextRequest(`http://test${path}`, { method });

describe("a method an API path does not take", () => {
  test("is refused with 405 in the error shape, naming the methods the path takes", async () => {
    const response = proxy(request("GET", "/api/v1/claims/abc/take"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "/api/v1/claims/abc/take takes POST, not GET" } });
    expect(proxy(request("DELETE", "/api/v1/claims")).headers.get("allow")).toBe("GET, POST");
  });

  test("the methods a path takes, HEAD and OPTIONS, and paths the contracts do not know go on to the routes", () => {
    for (const [method, path] of [["POST", "/api/v1/claims/abc/take"], ["HEAD", "/api/v1/claims"], ["OPTIONS", "/api/v1/claims"], ["GET", "/api/v1/unknown/path"]]) {
      expect(proxy(request(method!, path!)).headers.get("x-middleware-next"), `${method} ${path}`).toBe("1");
    }
  });

  test("a fixed segment wins over a parameter, as in Next.js routing", () => {
    expect(allowedMethods("/api/v1/claims/bulk")).toEqual(["POST"]);
    expect(allowedMethods("/api/v1/claims/abc")).toEqual(["GET", "PATCH"]);
    expect(allowedMethods("/api/v1/imports/preview")).toEqual(["POST"]);
    expect(allowedMethods("/api/v1/exports/claimsXcsv")).toBeNull();
  });
});
