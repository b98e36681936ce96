import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/server/auth/actors";
import { claimTagIds, listTags } from "@/lib/server/tags/tags";
import { setClaimTagsAction } from "../actions";
import { ActionForm } from "./action-form";

/** The claim's tags, and for those who edit claims, the admin-kept list to choose from. */
export async function ClaimTags({ claimId, actor }: { claimId: string; actor: Actor }) {
  const [tags, applied] = await Promise.all([listTags(actor), claimTagIds(claimId, actor)]);
  const on = new Set(applied);
  const names = tags.filter((tag) => on.has(tag.id));
  if (tags.length === 0) return null;
  return (
    <div className="claim-tags" data-testid="claim-tags">
      {names.map((tag) => <span key={tag.id} className="badge tag">#{tag.name}</span>)}{" "}
      {can(actor, "claim:edit") && (
        <details className="inline-details">
          <summary>Tags</summary>
          <ActionForm action={setClaimTagsAction} hidden={{ claimId }} submit="Save tags" label="Tags">
            {tags.map((tag) => (
              <label key={tag.id} className="tag-choice"><input type="checkbox" name="tagIds" value={tag.id} defaultChecked={on.has(tag.id)} /> {tag.name}</label>
            ))}
          </ActionForm>
        </details>
      )}
    </div>
  );
}
