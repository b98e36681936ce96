import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { listFigureGroups } from "@/lib/server/figures/figure-groups";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { RecomputeButton } from "./recompute-button";

export const metadata: Metadata = { title: "Figures" };

export default async function FiguresPage() {
  const actor = await requirePageActor("article:read");
  const groups = await listFigureGroups(actor);
  return (
    <main>
      <h1>Figure tracker</h1>
      <p className="muted">
        Claims that state a figure about the same subject and measure, grouped from the extracted figures, units, types and names.
        Open a group to see how the figure changed and which statements go against the trend. {can(actor, "claim:edit") && <RecomputeButton />}
      </p>
      {groups.length === 0 ? (
        <p className="muted">No figure groups yet{can(actor, "claim:edit") ? ": regroup the claims to build them." : "."}</p>
      ) : (
        <table data-testid="figure-groups">
          <thead>
            <tr><th>Figure</th><th>Type</th><th>Unit</th><th>Kind</th><th>Claims</th></tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.id}>
                <td><Link href={`/figures/${group.id}`}>{group.label}</Link></td>
                <td><span className={`badge type-${group.type}`}>{group.type}</span></td>
                <td>{group.unit ?? "—"}</td>
                <td className="muted">{group.cumulative ? "running total" : "level"}</td>
                <td>{group.claims}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
