import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. Next.js reads the policy from
 * the request to put the nonce on the scripts it renders, and the browser reads it from the answer.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: API answers are JSON, files and streams with no scripts, and static assets carry no HTML.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
