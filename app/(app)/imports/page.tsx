import type { Metadata } from "next";
import Link from "next/link";
import { listImportJobs } from "@/lib/server/imports/imports";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { percentDone } from "./job-view";

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
                <td><span className={`badge import-${job.status}`}>{job.status}</span></td>
                <td>{job.processed} / {job.total} ({percentDone(job)}%)</td>
                <td>{job.imported}</td>
                <td>{job.duplicates}</td>
                <td>{job.failed}</td>
                <td>{job.claimsFound}</td>
                <td>{job.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
