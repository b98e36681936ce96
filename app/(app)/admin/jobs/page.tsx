import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { listReextractRuns } from "@/lib/server/articles/reextract-all";
import { JOB_VIEWS, listJobs, type JobView } from "@/lib/server/jobs/admin";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ActionForm } from "../../claims/ui/action-form";
import { reextractAllAction, retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Jobs" };
export const dynamic = "force-dynamic";

const viewSchema = z.enum(Object.keys(JOB_VIEWS) as [JobView, ...JobView[]]).catch("queued");
const time = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace("T", " ") : "");

/** What a job is about, in words: the import or run it works on links to its page. */
function subject(data: unknown) {
  const fields = (data ?? {}) as { importJobId?: unknown; runId?: unknown };
  if (typeof fields.importJobId === "string") return <Link href={`/imports/${fields.importJobId}`}>import</Link>;
  if (typeof fields.runId === "string") return <>re-extraction run</>;
  return null;
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const actor = await requirePageActor("settings:manage");
  const view = viewSchema.parse((await searchParams).view);
  const { totals, jobs, shownAtMost } = await listJobs(view, actor);
  const runs = await listReextractRuns(actor, 5);
  return (
    <main>
      <h1>Background jobs</h1>
      <nav className="tabs" aria-label="Job states">
        {(Object.keys(JOB_VIEWS) as JobView[]).map((name) => (
          <Link key={name} href={`/admin/jobs?view=${name}`} aria-current={name === view ? "page" : undefined}>
            {name} ({totals[name]})
          </Link>
        ))}
      </nav>
      {jobs.length === 0 ? (
        <p className="muted">No {view} jobs.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="jobs-table">
            <thead>
              <tr><th>Queue</th><th>About</th><th>State</th><th>Tries</th><th>Created</th><th>Started</th><th>Ended</th><th>Error</th><th /></tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} data-job={job.id}>
                  <td>{job.name}</td>
                  <td>{subject(job.data)}</td>
                  <td><span className={`badge job-${job.state}`}>{job.state}</span>{job.state === "retry" && <> after {time(job.startAfter)}</>}</td>
                  <td>{job.retryCount + 1} / {job.retryLimit + 1}</td>
                  <td>{time(job.createdOn)}</td>
                  <td>{time(job.startedOn)}</td>
                  <td>{time(job.completedOn)}</td>
                  <td className="error">{job.error}</td>
                  <td>{job.state === "failed" && <ActionForm action={retryJobAction} hidden={{ id: job.id, name: job.name }} submit="Retry" />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {jobs.length === shownAtMost && <p className="muted">The newest {shownAtMost} are shown.</p>}

      <h2>Re-extract every article</h2>
      <p>After an engine upgrade: runs claim extraction again on every article. Claims a person touched are kept as they are.</p>
      <ActionForm action={reextractAllAction} hidden={{}} submit="Re-extract all articles" />
      {runs.length > 0 && (
        <table data-testid="reextract-runs">
          <thead>
            <tr><th>Started by</th><th>Status</th><th>Progress</th><th>Kept</th><th>Replaced</th><th>Added</th><th>Created</th><th>Error</th></tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>{run.createdBy?.name ?? "system"}</td>
                <td><span className={`badge import-${run.status}`}>{run.status}</span></td>
                <td>{run.processed} / {run.total}</td>
                <td>{run.kept}</td>
                <td>{run.replaced}</td>
                <td>{run.added}</td>
                <td>{time(run.createdAt)}</td>
                <td className="error">{run.error}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
