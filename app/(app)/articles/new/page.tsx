import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { formatBytes } from "@/lib/import/limits";
import { importLimits } from "@/lib/server/imports/import-limits";
import { privateUrlsAllowed } from "@/lib/server/imports/import-settings";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ArticleForm } from "./article-form";
import { BulkUpload } from "./bulk-upload";
import { PrivateUrlsToggle } from "./private-urls-toggle";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requirePageActor("article:import");
  const limits = importLimits();
  const isAdmin = can(actor, "settings:manage");
  return (
    <main>
      <h1>New article</h1>
      <div className="card">
        <ArticleForm />
      </div>
      <h2>Import files</h2>
      <div className="card">
        <BulkUpload maxUploadLabel={formatBytes(limits.maxUploadBytes)} />
      </div>
      {isAdmin && (
        <>
          <h2>URL import settings</h2>
          <div className="card">
            <PrivateUrlsToggle allowed={await privateUrlsAllowed()} />
          </div>
        </>
      )}
    </main>
  );
}
