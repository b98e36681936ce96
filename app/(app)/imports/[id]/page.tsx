import type { Metadata } from "next";
import Link from "next/link";
import { getImportJob, mayCancelImportJob } from "@/lib/server/imports/imports";
import { requirePageActor } from "@/lib/server/http/page-actor";
import type { ImportJobView } from "../job-view";
import { JobProgress } from "./job-progress";
import { formatMoment } from "@/lib/words/dates";

export const metadata: Metadata = { title: "Import" };

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("article:import");
  const { id } = await params;
  const [job, mayCancel] = await Promise.all([getImportJob(id, actor), mayCancelImportJob(id, actor)]);
  // Dates cross to the client component as the JSON endpoint sends them.
  const initial = JSON.parse(JSON.stringify(job)) as ImportJobView;
  return (
    <main>
      <p><Link href="/imports">← All imports</Link></p>
      <h1>Import of {job.sourceName}</h1>
      <p className="muted">Started by {job.createdBy?.name ?? "the system"} on {formatMoment(job.createdAt)}</p>
      <JobProgress initial={initial} mayCancel={mayCancel} />
    </main>
  );
}
