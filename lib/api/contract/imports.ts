import { z } from "zod";
import { importListSchema } from "@/lib/imports/list";
import { urlSchema } from "@/lib/import/url-schema";
import { refusingUnknownFields as strict } from "../strict";
import { operations } from "./operation";
import { importJob, page } from "./shapes";

const FILE_UPLOAD = {
  contentType: "application/octet-stream",
  description: "The bytes of one .jsonl, .csv, .txt, .md or .html file, its name in `?name=`; or multipart/form-data with one or more `files`.",
};

const articlePreview = z.looseObject({ text: z.string(), title: z.string().optional() });

export const importOperations = operations({
  listImports: {
    method: "get", path: "/api/v1/imports", tag: "Imports", summary: "List bulk imports, newest first, a page at a time",
    query: strict(importListSchema), responses: { 200: { description: "A page of import jobs", schema: page(importJob) } }, errors: ["forbidden", "invalid"],
  },
  startImport: {
    method: "post", path: "/api/v1/imports", tag: "Imports", summary: "Start a bulk import of files of articles; a worker imports them",
    query: z.object({ name: z.string().optional() }), rawBody: FILE_UPLOAD,
    responses: { 202: { description: "The job, whose progress is at `progress`", schema: z.object({ id: z.string(), status: z.string(), progress: z.string() }) } },
    errors: ["forbidden", "invalid", "too_large"],
  },
  getImport: {
    method: "get", path: "/api/v1/imports/{id}", tag: "Imports", summary: "An import job's progress, with its items (failures first)",
    responses: { 200: { description: "The job", schema: importJob.extend({ items: z.array(z.looseObject({ position: z.number().int(), status: z.string() })), itemsShown: z.number().int() }) } },
    errors: ["forbidden", "not_found"],
  },
  cancelImport: {
    method: "post", path: "/api/v1/imports/{id}/cancel", tag: "Imports", summary: "Stop a queued or running import; articles already imported stay",
    responses: { 200: { description: "The job as stopped", schema: importJob } }, errors: ["forbidden", "not_found", "conflict"],
  },
  previewImport: {
    method: "post", path: "/api/v1/imports/preview", tag: "Imports", summary: "What importing a page or a file would store, without storing it",
    description: "`{\"url\": ...}` as JSON fetches the page; the bytes of one .txt, .md or .html file as the body (its name in `?name=`) reads the file.",
    query: z.object({ name: z.string().optional() }), body: strict(urlSchema), rawBody: FILE_UPLOAD,
    responses: { 200: { description: "The article's fields as read", schema: articlePreview } }, errors: ["forbidden", "invalid", "too_large"],
  },
});
