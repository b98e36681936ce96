import type { Metadata } from "next";
import Link from "next/link";
import { IMPORT_STATUSES } from "@/lib/imports/list";
import { listImportJobPage } from "@/lib/server/imports/imports";
import { ListProblem, listOrProblem } from "../ui/list-problem";
import { Pager, plainParams, rowsBefore } from "../ui/pager";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { percentDone } from "./job-view";
import { formatMoment } from "@/lib/words/dates";
import { humanize } from "@/lib/words/labels";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article:import");
  const params = plainParams(await searchParams);
  const filters = params.status ? { status: params.status } : {};
  const result = await listOrProblem(listImportJobPage({ ...filters, cursor: params.cursor, limit: 20 }, actor));
  if ("problem" in result) return <main><h1>Imports</h1><ListProblem message={result.problem} /></main>;
  const jobs = result.items;
  const pager = <Pager path="/imports" params={filters} at={rowsBefore(params.at)} shown={jobs.length} total={result.total} nextCursor={result.nextCursor} noun="imports" />;
  return (
    <main>
      <h1>Imports</h1>
      <p><Link href="/articles/new">Import articles</Link></p>
      <form className="inline filters" method="get" aria-label="Filter imports">
        <label className="inline">Status
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any status</option>
            {IMPORT_STATUSES.map((status) => <option key={status} value={status}>{status}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">Show</button>
      </form>
      {pager}
      {jobs.length === 0 ? (
        <p className="muted">No bulk imports yet.</p>
      ) : (
        <table>
          <thead>
            <tr><th>Files</th><th>Status</th><th>Progress</th><th>Imported</th><th>Duplicates</th><th>Failed</th><th>Claims</th><th>Started</th></tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td><Link href={`/imports/${job.id}`}>{job.sourceName}</Link></td>
                <td><span className={`badge import-${job.status}`}>{humanize(job.status)}</span></td>
                <td>{job.processed} / {job.total} ({percentDone(job)}%)</td>
                <td>{job.imported}</td>
                <td>{job.duplicates}</td>
                <td>{job.failed}</td>
                <td>{job.claimsFound}</td>
                <td>{formatMoment(job.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.nextCursor && pager}
    </main>
  );
}
