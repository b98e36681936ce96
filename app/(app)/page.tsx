import Link from "next/link";
import { CLAIM_TYPES } from "@/lib/extract";
import { CLAIM_STATES, STATE_LABELS } from "@/lib/review/workflow";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { dashboard } from "@/lib/server/claims/queues";
import { navigationFor } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatMoment } from "@/lib/words/dates";
import { CLAIM_TYPE_LABELS } from "@/lib/words/labels";


export default async function HomePage() {
  const actor = await requirePageActor("article:read");
  const counts = await dashboard(actor);
  const types = CLAIM_TYPES.filter((type) => counts.byType[type]);
  return (
    <main>
      <h1>Dashboard</h1>
      <p className="muted">Signed in as {actor.name} ({ROLE_LABELS[actor.role]}).</p>
      <div className="grid">
        <div className="card stat"><strong>{counts.articles}</strong><span>articles</span></div>
        <div className="card stat"><strong>{counts.claims}</strong><span>claims found</span></div>
        <div className="card stat"><strong>{counts.byState.proposed ?? 0}</strong><span>verdicts awaiting approval</span></div>
        <div className="card stat"><strong>{counts.byState.approved ?? 0}</strong><span>claims checked</span></div>
      </div>

      <h2>Claims by state and type</h2>
      <table data-testid="state-type">
        <thead><tr><th>State</th>{types.map((type) => <th key={type}>{CLAIM_TYPE_LABELS[type]}</th>)}<th>All</th></tr></thead>
        <tbody>
          {CLAIM_STATES.map((state) => (
            <tr key={state}>
              <td><span className={`badge state-${state}`}>{STATE_LABELS[state]}</span></td>
              {types.map((type) => <td key={type}>{counts.matrix[state]?.[type] ?? 0}</td>)}
              <td><strong>{counts.byState[state] ?? 0}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Per fact-checker</h2>
      {counts.checkers.length === 0 ? <p className="muted">No claims are assigned yet.</p> : (
        <table data-testid="per-checker">
          <thead><tr><th>Assigned to</th>{CLAIM_STATES.map((state) => <th key={state}>{STATE_LABELS[state]}</th>)}</tr></thead>
          <tbody>
            {counts.checkers.map((row) => (
              <tr key={row.userId}><td>{row.name}</td>{CLAIM_STATES.map((state) => <td key={state}>{row.counts[state] ?? 0}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="grid two">
        <section>
          <h2>Waiting longest for an editor</h2>
          {counts.oldestProposed.length === 0 ? <p className="muted">Nothing waits.</p> : (
            <ol data-testid="oldest-proposed">
              {counts.oldestProposed.map((item) => (
                <li key={item.id}><Link href={`/claims/${item.claim.id}`} dir="auto">{item.claim.statement.slice(0, 120)}</Link> <span className="muted">· {item.author?.name} · since {formatMoment(item.createdAt)}</span></li>
              ))}
            </ol>
          )}
        </section>
        <section>
          <h2>Longest in review</h2>
          {counts.oldestInWork.length === 0 ? <p className="muted">Nothing in review.</p> : (
            <ol data-testid="oldest-in-work">
              {counts.oldestInWork.map((item) => (
                <li key={item.id}><Link href={`/claims/${item.id}`} dir="auto">{item.statement.slice(0, 120)}</Link> <span className="muted">· {STATE_LABELS[item.status]} · {item.assignee?.name ?? "unassigned"} · since {formatMoment(item.updatedAt)}</span></li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <h2>Go to</h2>
      <ul data-testid="home-links">
        {navigationFor(actor).map((item) => (
          <li key={item.href}><Link href={item.href}>{item.label}</Link></li>
        ))}
      </ul>
    </main>
  );
}
