import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listTags } from "@/lib/server/tags/tags";
import { ActionForm } from "../../claims/ui/action-form";
import { createTagAction, deleteTagAction, renameTagAction } from "./actions";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const actor = await requirePageActor("settings:manage");
  const tags = await listTags(actor);
  return (
    <main>
      <h1>Tags</h1>
      <p className="muted">Free labels for claims, such as an investigation or a beat. Fact-checkers apply them on the claim panel; lists, search (<code>tag:name</code>) and exports (<code>?tag=name</code>) filter by them.</p>
      <ActionForm action={createTagAction} hidden={{}} submit="Add tag" className="inline" label="New tag">
        <input name="name" aria-label="New tag name" maxLength={40} required />{" "}
      </ActionForm>
      {tags.length === 0 ? (
        <p className="muted">No tags yet.</p>
      ) : (
        <table data-testid="tags">
          <thead><tr><th>Tag</th><th>Claims</th><th></th></tr></thead>
          <tbody>
            {tags.map((tag) => (
              <tr key={tag.id}>
                <td>
                  <ActionForm action={renameTagAction} hidden={{ tagId: tag.id }} submit="Rename" className="inline" label={`Rename ${tag.name}`}>
                    <input name="name" aria-label={`Name of ${tag.name}`} defaultValue={tag.name} maxLength={40} required />{" "}
                  </ActionForm>
                </td>
                <td><Link href={`/search?q=${encodeURIComponent(`tag:"${tag.name}"`)}`}>{tag.claims}</Link></td>
                <td><ActionForm action={deleteTagAction} hidden={{ tagId: tag.id }} submit="Delete" danger className="inline" label={`Delete ${tag.name}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
