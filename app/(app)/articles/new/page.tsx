import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/page-actor";
import { PasteArticleForm } from "./paste-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requirePageActor("article:import");
  return (
    <main>
      <h1>New article</h1>
      <div className="card"><PasteArticleForm /></div>
    </main>
  );
}
