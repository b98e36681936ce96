import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navigationFor } from "@/lib/navigation";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { NavMenu } from "./nav-menu";
import { SignOutButton } from "./sign-out-button";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <header className="topbar">
        <Link href="/" className="brand">ClaimDesk</Link>
        <NavMenu>
          <nav aria-label="Main">
            {navigationFor(actor).map((item) => (
              <Link key={item.href} href={item.href}>{item.label}</Link>
            ))}
          </nav>
          <span className="who" data-testid="who">{actor.name} · {ROLE_LABELS[actor.role]}</span>
          <SignOutButton />
        </NavMenu>
      </header>
      {children}
    </>
  );
}
