import type { Metadata } from "next";
import Link from "next/link";
import { listImportJobs } from "@/lib/server/imports/imports";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { percentDone } from "./job-view";
import { formatMoment } from "@/lib/words/dates";
import { humanize } from "@/lib/words/labels";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  const actor = await requirePageActor("article:import");
  const jobs = await listImportJobs(actor);
  return (
    <main>
      <h1>Imports</h1>
      <p><Link href="/articles/new">Import articles</Link></p>
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
    </main>
  );
}
