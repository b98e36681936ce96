import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { STATE_LABELS } from "@/lib/review/workflow";
import { layoutChart } from "@/lib/search/chart";
import { claimHref } from "@/lib/search/links";
import { figureTimelineQuerySchema } from "@/lib/search/schema";
import { timelineView } from "@/lib/search/timeline-view";
import { AppError } from "@/lib/server/http/errors";
import { figureGroupChoices, figureGroupTimeline } from "@/lib/server/figures/figure-groups";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { formatDay, formatFigure, periodLabel } from "../format";
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

type Search = { from?: string; to?: string; page?: string };

export default async function FigureGroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { actor, group, points } = await load(id);
  const parsed = figureTimelineQuerySchema.safeParse(search);
  const query = parsed.success ? parsed.data : { page: 1 };
  const view = timelineView(points, query);
  const chart = layoutChart(view.days);
  const byId = new Map(points.map((point) => [point.claimId, point]));
  const editable = can(actor, "claim:edit");
  const choices = editable ? await figureGroupChoices(actor) : [];
  const flagged = points.filter((point) => point.flags.length > 0).length;
  const pageHref = (page: number) => `/figures/${group.id}?${new URLSearchParams({ ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}), page: String(page) })}`;
  return (
    <main>
      <p className="muted"><Link href="/figures">Figure tracker</Link></p>
      <h1>{group.label}</h1>
      <p className="muted">
        {group.type} · {group.unit ?? "no unit"} · {periodLabel(group.period)}
        {group.cumulative ? ": a running total, it should only grow" : ""} · {points.length} claims
        {view.undated > 0 && <> · {view.undated} undated, listed but not plotted</>}
        {flagged > 0 && <> · <strong className="error">{flagged} flagged</strong></>}
      </p>
      <form className="figure-range" method="get" action={`/figures/${group.id}`}>
        <label>From <input type="date" name="from" defaultValue={query.from ?? ""} /></label>
        <label>To <input type="date" name="to" defaultValue={query.to ?? ""} /></label>
        <button type="submit" className="secondary">Show</button>
        {(query.from || query.to) && <Link href={`/figures/${group.id}`}>All dates</Link>}
        {!parsed.success && <span className="error" role="alert">Dates must be YYYY-MM-DD, from before to: showing all dates.</span>}
      </form>
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
          <polyline points={chart.days.map((d) => `${d.x},${d.y}`).join(" ")} className="chart-line" />
          {chart.days.map((d) => {
            const approved = d.ids.some((claimId) => byId.get(claimId)?.verdict?.state === "approved");
            const kind = d.flagged > 0 ? "flagged" : approved ? "approved" : "plain";
            return (
              <g key={d.date} data-testid="chart-day">
                {d.count > 1 && <line x1={d.x} x2={d.x} y1={d.yMin} y2={d.yMax} className={`chart-spread chart-${kind}-spread`} />}
                <circle cx={d.x} cy={d.y} r={kind === "plain" ? 4 : 6} className={`chart-point chart-${kind}`}>
                  <title>{`${d.date}: ${d.count} report${d.count === 1 ? "" : "s"}, ${d.count > 1 ? `${formatFigure(d.min)}–${formatFigure(d.max)}, median ` : ""}${formatFigure(d.median)}${d.flagged ? `, ${d.flagged} flagged` : ""}`}</title>
                </circle>
              </g>
            );
          })}
        </svg>
        <figcaption className="muted">
          One mark per date: the median of that date’s reports, with a bar from the lowest to the highest. Large red marks hold a flagged
          report, large green ones an approved verdict.
        </figcaption>
      </figure>
      <div className="table-scroll">
        <table data-testid="figure-timeline" className="figure-timeline">
          <thead>
            <tr><th>Date</th><th>Value</th><th>Claim</th><th>Said by</th><th>Verdict</th><th className="flags-column">Flags</th>{editable && <th>Group</th>}</tr>
          </thead>
          <tbody>
            {view.rows.map((point) => (
              <tr key={point.claimId} className={point.flags.length ? "figure-flagged" : undefined}>
                <td className="nowrap">{formatDay(point.date)}</td>
                <td><strong>{formatFigure(point.value)}</strong>{point.figureText && <div className="muted">“{point.figureText}”</div>}</td>
                <td>
                  <Link href={claimHref(point.articleId, point.claimId)}>{point.statement}</Link>
                  <div className="muted">{[point.articleTitle, point.outlet].filter(Boolean).join(" · ")}</div>
                </td>
                <td>{point.speaker ?? <span className="muted">—</span>}</td>
                <td>
                  <span className={`badge state-${point.status}`}>{STATE_LABELS[point.status as keyof typeof STATE_LABELS] ?? point.status}</span>
                  {point.verdict && <div>{point.verdict.ratingLabel}{point.verdict.state === "proposed" ? " (proposed)" : ""}</div>}
                </td>
                <td className="flags-column" data-testid="flags">
                  {point.flags.map((flag, index) => (
                    <div key={index} className="error">
                      {flag.message}
                      {flag.claimIds.map((claimId, n) => {
                        const other = byId.get(claimId);
                        return other ? <span key={claimId}>{n === 0 ? " — see " : ", "}<Link href={claimHref(other.articleId, claimId)}>{other.outlet ?? other.articleTitle}</Link></span> : null;
                      })}
                    </div>
                  ))}
                </td>
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
      </div>
      {view.pages > 1 && (
        <nav className="pager" aria-label="Timeline pages">
          {view.page > 1 && <Link href={pageHref(view.page - 1)}>Previous</Link>}
          <span className="muted">Page {view.page} of {view.pages} ({view.total} claims)</span>
          {view.page < view.pages && <Link href={pageHref(view.page + 1)}>Next</Link>}
        </nav>
      )}
    </main>
  );
}
