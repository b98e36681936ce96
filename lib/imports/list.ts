import { z } from "zod";
import { choiceFilter, pagingFields } from "@/lib/paging/list-query";

export const IMPORT_STATUSES = ["queued", "running", "done", "failed"] as const;

/** The bulk imports, newest first. */
export const importListSchema = z.object({
  ...pagingFields,
  status: choiceFilter("status", IMPORT_STATUSES),
});
