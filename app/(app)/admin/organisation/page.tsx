import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { getOrganisation } from "@/lib/server/settings/organisation";
import { publicBaseUrl } from "@/lib/server/exports/reports";
import { OrganisationForm } from "./organisation-form";
import { CLAIM_THRESHOLD } from "@/lib/extract";
import { THRESHOLD_MAX, THRESHOLD_MIN } from "@/lib/settings/schema";
import { extractionThreshold } from "@/lib/server/settings/extraction";
import { ExtractionForm } from "./extraction-form";

export const metadata: Metadata = { title: "Publishing" };

export default async function OrganisationPage() {
  await requirePageActor("settings:manage");
  const [organisation, threshold] = await Promise.all([getOrganisation(), extractionThreshold()]);
  return (
    <main>
      <h1>Publishing</h1>
      <div className="card" style={{ maxWidth: 560 }}>
        <p>
          Every published review (the public review pages and the ClaimReview feed) names this organisation as its author.
        </p>
        {!organisation && (
          <p className="error" role="note">Not set yet: reviews name “ClaimDesk” at {publicBaseUrl()} until you save one.</p>
        )}
        <OrganisationForm name={organisation?.name ?? ""} url={organisation?.url ?? ""} />
      </div>
      <p className="muted">Public review pages live at {publicBaseUrl()}/review/…; set NEXTAUTH_URL to the address readers use.</p>
      <h2>Claim extraction</h2>
      <div className="card" style={{ maxWidth: 560 }}>
        <p>
          The claim detector gives each candidate clause the probability that it is a check-worthy claim. Imports and
          re-extraction propose the clauses at or above this threshold. The default, {CLAIM_THRESHOLD}, gave the best
          balance of claims found and clauses wrongly proposed on labelled test articles; 0.5 is even odds. Lower finds
          more claims and more that are not; higher proposes fewer, surer ones. Claims already stored are not changed.
        </p>
        <ExtractionForm threshold={threshold} min={THRESHOLD_MIN} max={THRESHOLD_MAX} />
      </div>
    </main>
  );
}
