import type { Metadata } from "next";
import Link from "next/link";
import { listFigureGroups } from "@/lib/server/figures/figure-groups";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { formatDay, formatFigure, periodLabel } from "./format";

export const metadata: Metadata = { title: "Figures" };

export default async function FiguresPage() {
  const actor = await requirePageActor("article:read");
  const { groups, regroupedAt } = await listFigureGroups(actor);
  return (
    <main>
      <h1>Figure tracker</h1>
      <p className="muted">
        Claims that state a figure of the same measure, unit and period, grouped from the extracted figures after every import and
        re-extraction. Open a group to see how the figure changed and which reports disagree.
      </p>
      <p className="muted" data-testid="regrouped-at">
        {regroupedAt ? `Groups last updated ${formatDay(regroupedAt, true)} (UTC).` : "Groups are built after the first import."}
      </p>
      {groups.length === 0 ? (
        <p className="muted">No figure groups yet.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="figure-groups" className="figure-groups">
            <thead>
              <tr><th>Figure</th><th>Type</th><th>Unit</th><th>Period</th><th>Claims</th><th>Latest</th></tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.id}>
                  <td><Link href={`/figures/${group.id}`}>{group.label}</Link></td>
                  <td><span className={`badge type-${group.type}`}>{group.type}</span></td>
                  <td>{group.unit ?? "—"}</td>
                  <td className="muted">{periodLabel(group.period)}</td>
                  <td>{group.claims}</td>
                  <td className="nowrap">{group.lastValue === null ? "—" : `${formatFigure(group.lastValue)} on ${formatDay(group.lastDate)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
