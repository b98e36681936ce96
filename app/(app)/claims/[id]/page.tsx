import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/server/http/errors";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ClaimPanel } from "../ui/claim-panel";
import { loadPanel } from "../ui/load-panel";
import { RelatedPanel } from "./related-panel";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("article:read");
  const { id } = await params;
  let panel;
  try {
    panel = await loadPanel(id, actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { claim } = panel;
  return (
    <main>
      <p className="muted"><Link href={`/articles/${claim.article.id}?claim=${claim.id}`} dir="auto">← {claim.article.title}</Link></p>
      <h1>Claim</h1>
      <section className="card claim-context" aria-label="In context" data-testid="claim-context" dir="auto">
        {claim.context.before}<mark className={`claim type-${claim.type}`}>{claim.context.quote}</mark>{claim.context.after}
      </section>
      <ClaimPanel
        claim={claim}
        actor={actor}
        options={{
          ...panel.options,
          onClaimPage: true,
          // Related claims go here, between the sources and the verdicts.
          afterSources: <RelatedPanel claimId={claim.id} />,
        }}
      />
    </main>
  );
}
