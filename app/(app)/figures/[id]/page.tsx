import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { STATE_LABELS } from "@/lib/review/workflow";
import { layoutChart } from "@/lib/search/chart";
import { claimHref } from "@/lib/search/links";
import { AppError } from "@/lib/server/http/errors";
import { figureGroupChoices, figureGroupTimeline } from "@/lib/server/figures/figure-groups";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { GroupForm } from "./group-form";

export const metadata: Metadata = { title: "Figure timeline" };

async function load(id: string) {
  const actor = await requirePageActor("article:read");
  try {
    return { actor, ...(await figureGroupTimeline(id, actor)) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const number = (value: number | null) => (value === null ? "—" : value.toLocaleString("en"));

export default async function FigureGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, group, points } = await load((await params).id);
  const charted = points.filter((point) => point.value !== null);
  const chart = layoutChart(charted.map((point) => ({ id: point.claimId, date: point.date, value: point.value! })));
  const byId = new Map(points.map((point) => [point.claimId, point]));
  const editable = can(actor, "claim:edit");
  const choices = editable ? await figureGroupChoices(actor) : [];
  const flagged = points.filter((point) => point.flags.length > 0).length;
  return (
    <main>
      <p className="muted"><Link href="/figures">Figure tracker</Link></p>
      <h1>{group.label}</h1>
      <p className="muted">
        {group.type} · {group.unit ?? "no unit"} · {group.cumulative ? "a running total: it should only grow" : "a level that may rise and fall"} · {points.length} claims
        {flagged > 0 && <> · <strong className="error">{flagged} flagged</strong></>}
      </p>
      <figure className="card figure-chart">
        <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={`Values claimed for ${group.label} over time`} data-testid="figure-chart">
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={chart.plot.left} x2={chart.plot.right} y1={tick.y} y2={tick.y} className="chart-grid" />
              <text x={chart.plot.left - 6} y={tick.y + 4} textAnchor="end" className="chart-label">{tick.label}</text>
            </g>
          ))}
          {chart.xTicks.map((tick, index) => (
            <text key={tick.label + index} x={tick.x} y={chart.height - 8} textAnchor={index === 0 ? "start" : index === 2 ? "end" : "middle"} className="chart-label">{tick.label}</text>
          ))}
          <polyline points={chart.points.map((point) => `${point.x},${point.y}`).join(" ")} className="chart-line" />
          {chart.points.map((point) => {
            const data = byId.get(point.id)!;
            const kind = data.flags.length ? "flagged" : data.verdict?.state === "approved" ? "approved" : "plain";
            return (
              <circle key={point.id} cx={point.x} cy={point.y} r={kind === "plain" ? 4 : 6} className={`chart-point chart-${kind}`}>
                <title>{`${data.date.toISOString().slice(0, 10)}: ${number(data.value)}${data.speaker ? ` (${data.speaker})` : ""}${data.flags.length ? ` — ${data.flags.map((flag) => flag.message).join("; ")}` : ""}`}</title>
              </circle>
            );
          })}
        </svg>
        <figcaption className="muted">Each point is a claim. Large red points are flagged, large green ones carry an approved verdict.</figcaption>
      </figure>
      <table data-testid="figure-timeline">
        <thead>
          <tr><th>Date</th><th>Value</th><th>Claim</th><th>Said by</th><th>Verdict</th><th>Flags</th>{editable && <th>Group</th>}</tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.claimId} className={point.flags.length ? "figure-flagged" : undefined}>
              <td className="nowrap">{point.date.toISOString().slice(0, 10)}</td>
              <td><strong>{number(point.value)}</strong>{point.figureText && <div className="muted">“{point.figureText}”</div>}</td>
              <td>
                <Link href={claimHref(point.articleId, point.claimId)}>{point.statement}</Link>
                <div className="muted">{[point.articleTitle, point.outlet].filter(Boolean).join(" · ")}</div>
              </td>
              <td>{point.speaker ?? <span className="muted">—</span>}</td>
              <td>
                <span className={`badge state-${point.status}`}>{STATE_LABELS[point.status as keyof typeof STATE_LABELS] ?? point.status}</span>
                {point.verdict && <div>{point.verdict.ratingLabel}{point.verdict.state === "proposed" ? " (proposed)" : ""}</div>}
              </td>
              <td>{point.flags.map((flag, index) => <div key={index} className="error">{flag.message}</div>)}</td>
              {editable && (
                <td>
                  <GroupForm claimId={point.claimId} groupId={group.id} groups={choices} />
                  {point.fixed && <div className="muted">set by a reviewer</div>}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
