"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { failureOf } from "../../articles/new/api-client";
import { percentDone, type ImportJobView } from "../job-view";
import { humanize } from "@/lib/words/labels";

const POLL_MS = 1000;

/**
 * Progress read from the job itself, so a reload (or another tab) shows the same numbers. The person
 * who started the import, or an admin, can cancel it while it runs; what it imported so far stays.
 */
export function JobProgress({ initial, mayCancel }: { initial: ImportJobView; mayCancel: boolean }) {
  const [job, setJob] = useState(initial);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const active = job.status === "queued" || job.status === "running";

  async function cancel() {
    if (!window.confirm("Stop this import? Articles it has already imported stay.")) return;
    setCancelling(true);
    setCancelError(null);
    try {
      const response = await fetch(`/api/v1/imports/${job.id}/cancel`, { method: "POST" });
      if (!response.ok) setCancelError((await failureOf(response)).message);
      const latest = await fetch(`/api/v1/imports/${job.id}`, { cache: "no-store" });
      if (latest.ok) setJob((await latest.json()) as ImportJobView);
    } catch {
      setCancelError("The cancellation did not reach the server");
    } finally {
      setCancelling(false);
    }
  }

  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/imports/${job.id}`, { cache: "no-store" });
        if (response.ok) setJob((await response.json()) as ImportJobView);
      } catch {
        // The next poll tries again.
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, active]);

  const percent = percentDone(job);
  return (
    <>
      <div className="card import-progress" data-status={job.status}>
        <div className="import-progress-head">
          <span className={`badge import-${job.status}`} data-testid="job-status">{humanize(job.status)}</span>
          <span data-testid="job-counts">
            {job.processed} of {job.total || "…"} articles done · {job.claimsFound} claims found · {job.imported} imported · {job.duplicates} duplicates · {job.failed} failed
          </span>
        </div>
        <div className="progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="progress-bar" style={{ width: `${percent}%` }} />
        </div>
        {job.error && <p className="error">{job.error}</p>}
        {active && mayCancel && (
          <p>
            <button type="button" className="danger" onClick={cancel} disabled={cancelling}>{cancelling ? "Cancelling…" : "Cancel import"}</button>
          </p>
        )}
        {cancelError && <p className="error" role="status">{cancelError}</p>}
      </div>
      <h2>Items</h2>
      {job.items.length === 0 ? (
        <p className="muted">{active ? "Results appear here as articles are imported." : job.status === "failed" ? "No article was imported." : "Nothing was found to import."}</p>
      ) : (
        <table data-testid="import-items">
          <thead>
            <tr><th>#</th><th>Result</th><th>File</th><th>Line</th><th>Article or reason</th></tr>
          </thead>
          <tbody>
            {job.items.map((item) => (
              <tr key={item.position} data-status={item.status}>
                <td>{item.position + 1}</td>
                <td><span className={`badge import-${item.status}`}>{humanize(item.status)}</span></td>
                <td>{item.file}</td>
                <td>{item.line ?? "—"}</td>
                <td>
                  {item.articleId ? (
                    <Link href={`/articles/${item.articleId}`}>{item.article?.title ?? "the article"}</Link>
                  ) : (
                    <span className="error">{item.reason}</span>
                  )}
                  {item.status === "duplicate" && <span className="muted"> (already imported)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {job.processed > job.itemsShown && <p className="muted">Showing failures and the first {job.itemsShown} other items.</p>}
    </>
  );
}
