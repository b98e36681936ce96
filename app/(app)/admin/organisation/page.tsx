import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { getOrganisation } from "@/lib/server/settings/organisation";
import { publicBaseUrl } from "@/lib/server/exports/reports";
import { OrganisationForm } from "./organisation-form";

export const metadata: Metadata = { title: "Publishing" };

export default async function OrganisationPage() {
  await requirePageActor("settings:manage");
  const organisation = await getOrganisation();
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
    </main>
  );
}
