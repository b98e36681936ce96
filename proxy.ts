import { type NextRequest, NextResponse } from "next/server";
import { allowedMethods } from "@/lib/api/route-methods";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

// Next.js answers these itself for every route (HEAD as GET without the body).
const ALWAYS_ANSWERED = new Set(["HEAD", "OPTIONS"]);

/**
 * A method an API path does not take is refused in the API's error shape, with the methods it
 * takes; Next.js would answer an empty 405.
 */
function refuseUnknownMethod(request: NextRequest): Response | null {
  const allowed = allowedMethods(request.nextUrl.pathname);
  if (!allowed || allowed.includes(request.method) || ALWAYS_ANSWERED.has(request.method)) return null;
  return NextResponse.json(
    { error: { code: "method_not_allowed", message: `${request.nextUrl.pathname} takes ${allowed.join(", ")}, not ${request.method}` } },
    { status: 405, headers: { allow: allowed.join(", ") } },
  );
}

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. Next.js reads the policy from
 * the request to put the nonce on the scripts it renders, and the browser reads it from the answer.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) return refuseUnknownMethod(request) ?? NextResponse.next();
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages get their policy; of the API, only /api/v1, whose methods the contract knows. API answers are
  // JSON, files and streams with no scripts, and static assets carry no HTML.
  matcher: [{ source: "/api/v1/:path*" }, { source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
