import { REFERENCE_PAGE } from "@/lib/server/http/reference-page";

export function GET(): Response {
  return new Response(REFERENCE_PAGE, { headers: { "content-type": "text/html; charset=utf-8" } });
}
