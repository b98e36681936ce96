import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/http";
import { openApiDocument } from "@/lib/server/http/openapi";

/** Public like the reference page that reads it: it describes the API, not anyone's data. */
export const GET = apiRoute(async () => NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }));
