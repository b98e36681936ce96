import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { ClaimListView } from "../claims/ui/claim-list-view";
import { plainParams } from "../ui/pager";

export const metadata: Metadata = { title: "My queue" };

export default async function MyQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("claim:edit");
  return (
    <main>
      <h1>My queue</h1>
      <ClaimListView actor={actor} path="/queue" params={plainParams(await searchParams)} fixed={{ assignee: "me" }} testId="my-queue" defaults={{ state: "open", sort: "waiting" }} />
    </main>
  );
}
