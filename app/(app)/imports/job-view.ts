/** An import job as the progress page shows it (the JSON of GET /api/v1/imports/{id}). */
export interface ImportJobView {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  sourceName: string;
  total: number;
  processed: number;
  imported: number;
  duplicates: number;
  failed: number;
  claimsFound: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  createdBy: { name: string } | null;
  itemsShown: number;
  items: {
    position: number;
    file: string;
    line: number | null;
    status: "imported" | "duplicate" | "failed";
    reason: string | null;
    articleId: string | null;
    article: { title: string } | null;
  }[];
}

export function percentDone(job: Pick<ImportJobView, "status" | "total" | "processed">): number {
  if (job.status === "done") return 100;
  return job.total > 0 ? Math.min(100, Math.floor((job.processed / job.total) * 100)) : 0;
}
