import { NextResponse } from "next/server";
import { importOperations } from "@/lib/api/contract/imports";
import type { ArticleFields } from "@/lib/import/types";
import { authorize } from "@/lib/server/auth/authz";
import { AppError } from "@/lib/server/http/errors";
import { previewFile } from "@/lib/server/imports/file-preview";
import { apiRoute, checkBody, readQuery } from "@/lib/server/http/http";
import { readJsonLimited } from "@/lib/server/http/request-body";
import { previewUrl } from "@/lib/server/imports/url-import";

function asForm(article: ArticleFields) {
  return { ...article, publishedAt: article.publishedAt?.toISOString().slice(0, 10) };
}

/**
 * What an import would store, without storing it: `{"url": ...}` as JSON fetches the page; the
 * bytes of one .txt/.md/.html file as the body (name in ?name=) reads the file.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "article:import");
  if ((request.headers.get("content-type") ?? "").startsWith("application/json")) {
    return NextResponse.json(asForm(await previewUrl(checkBody(importOperations.previewImport, await readJsonLimited(request, 64 * 1024, "the request is over 64 KB")), actor)));
  }
  const { name } = readQuery(request, importOperations.previewImport);
  if (!name || !request.body) throw new AppError("invalid", "Send a file as the body with its name in ?name=");
  return NextResponse.json(asForm(await previewFile(name, request.body as unknown as AsyncIterable<Uint8Array>, actor)));
});
