import Link from "next/link";
import { dashboardCounts } from "@/lib/server/articles";
import { requirePageActor } from "@/lib/server/page-actor";
import { navigationFor } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";

export default async function HomePage() {
  const actor = await requirePageActor("article:read");
  const counts = await dashboardCounts(actor);
  return (
    <main>
      <h1>Dashboard</h1>
      <p className="muted">Signed in as {actor.name} ({ROLE_LABELS[actor.role]}).</p>
      <div className="grid">
        <div className="card stat"><strong>{counts.articles}</strong><span>articles</span></div>
        <div className="card stat"><strong>{counts.claims}</strong><span>claims found</span></div>
        <div className="card stat"><strong>{counts.byStatus.proposed ?? 0}</strong><span>verdicts awaiting approval</span></div>
        <div className="card stat"><strong>{counts.byStatus.approved ?? 0}</strong><span>claims checked</span></div>
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
