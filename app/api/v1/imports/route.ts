import { NextResponse } from "next/server";
import { importOperations } from "@/lib/api/contract/imports";
import { uploadTooLargeMessage } from "@/lib/import/limits";
import { authorize } from "@/lib/server/auth/authz";
import { AppError } from "@/lib/server/http/errors";
import { apiRoute, readQuery } from "@/lib/server/http/http";
import { importLimits } from "@/lib/server/imports/import-limits";
import { listImportJobPage, startImportJob } from "@/lib/server/imports/imports";
import { createSpool } from "@/lib/server/imports/uploads";

// Multipart boundaries and part headers around the files themselves.
const MULTIPART_OVERHEAD = 1024 * 1024;

/** `?limit=&cursor=&status=`: `{items, nextCursor, total}`, newest first. */
export const GET = apiRoute(async ({ request, actor }) => {
  return NextResponse.json(await listImportJobPage(readQuery(request, importOperations.listImports), actor));
});

/**
 * Starts a bulk import. Either multipart/form-data with one or more `files`, or the bytes of one
 * file as the body with its name in `?name=` (streamed to disk as it arrives). Answers 202 with the
 * job, whose progress is at /api/v1/imports/{id}.
 */
export const POST = apiRoute(async ({ request, actor }) => {
  authorize(actor, "article:import");
  const { maxUploadBytes } = importLimits();
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxUploadBytes + MULTIPART_OVERHEAD) throw new AppError("too_large", uploadTooLargeMessage(maxUploadBytes));
  const spool = createSpool(maxUploadBytes);
  try {
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      // A form is read whole before its files can be spooled, so its size must be known first.
      if (!Number.isFinite(declared) || request.headers.get("content-length") === null) {
        throw new AppError("invalid", "A multipart upload needs a Content-Length; or send one file as the body with ?name=");
      }
      const form = await request.formData().catch(() => {
        throw new AppError("invalid", "The upload could not be read as multipart/form-data");
      });
      for (const entry of form.getAll("files")) if (typeof entry !== "string") await spool.add(entry.name, entry.stream());
    } else {
      const { name } = readQuery(request, importOperations.startImport);
      if (!name) throw new AppError("invalid", "Name the file in ?name=, e.g. ?name=articles.jsonl", { fields: { name: ["required"] } });
      if (!request.body) throw new AppError("invalid", "The upload is empty");
      await spool.add(name, request.body);
    }
  } catch (error) {
    spool.discard();
    throw error;
  }
  const job = await startImportJob(spool, actor);
  return NextResponse.json({ id: job.id, status: job.status, progress: `/api/v1/imports/${job.id}` }, { status: 202 });
});
