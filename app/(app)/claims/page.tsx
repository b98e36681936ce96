import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ClaimListView } from "./ui/claim-list-view";
import { plainParams } from "../ui/pager";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article:read");
  return (
    <main>
      <h1>Claims</h1>
      <ClaimListView actor={actor} path="/claims" params={plainParams(await searchParams)} fixed={{}} testId="claims-table" defaults={{}} />
    </main>
  );
}
