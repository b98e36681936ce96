import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/server/http/openapi";

/** Public like the reference page that reads it: it describes the API, not anyone's data. */
export function GET(): Response {
  return NextResponse.json(openApiDocument());
}
