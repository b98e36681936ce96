import type { Metadata } from "next";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listRatings } from "@/lib/server/settings/ratings";
import { ActionForm } from "../../claims/ui/action-form";
import { createRatingAction, moveRatingAction, updateRatingAction } from "./actions";

export const metadata: Metadata = { title: "Rating scale" };

export default async function RatingsPage() {
  const actor = await requirePageActor("settings:manage");
  const ratings = await listRatings(actor, { includeInactive: true });
  return (
    <main>
      <h1>Rating scale</h1>
      <p className="muted">
        The key is the API identifier and never changes; the label is what people see. The value is exported as the
        ClaimReview rating (higher is more accurate). Retired ratings stay on old verdicts but cannot be chosen.
      </p>
      <table data-testid="ratings">
        <thead><tr><th>Order</th><th>Key</th><th>Label · value · in use</th></tr></thead>
        <tbody>
          {ratings.map((rating, index) => (
            <tr key={rating.key} className={rating.active ? undefined : "muted"}>
              <td>
                <ActionForm action={moveRatingAction} hidden={{ key: rating.key, direction: "up" }} submit="↑" label={`Move ${rating.label} up`} className="inline" />
                <ActionForm action={moveRatingAction} hidden={{ key: rating.key, direction: "down" }} submit="↓" label={`Move ${rating.label} down`} className="inline" />
                <span className="muted"> {index + 1}</span>
              </td>
              <td><code>{rating.key}</code></td>
              <td>
                <ActionForm action={updateRatingAction} hidden={{ key: rating.key }} submit="Save" label={`Edit ${rating.label}`} className="inline">
                  <input name="label" defaultValue={rating.label} aria-label={`Label of ${rating.key}`} size={16} />
                  <input name="value" type="number" defaultValue={rating.value} aria-label={`Value of ${rating.key}`} style={{ width: "5em" }} />
                  <label className="checkbox"><input type="checkbox" name="active" defaultChecked={rating.active} /> in use</label>
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a rating</h2>
      <div className="card">
        <ActionForm action={createRatingAction} hidden={{}} submit="Add rating" className="inline">
          <input name="key" placeholder="key, e.g. satire" aria-label="Key" />
          <input name="label" placeholder="Label" aria-label="Label" />
          <input name="value" type="number" placeholder="Value" aria-label="Value" style={{ width: "6em" }} />
        </ActionForm>
      </div>
    </main>
  );
}
