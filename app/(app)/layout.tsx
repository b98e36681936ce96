import Link from "next/link";
import type { ReactNode } from "react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navigationFor } from "@/lib/navigation";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { unreadCount } from "@/lib/server/notifications/inbox";
import { LiveUpdates } from "./live-updates";
import { NavMenu } from "./nav-menu";
import { SignOutButton } from "./sign-out-button";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const unread = await unreadCount(actor);
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
          <Link href="/notifications" className="inbox-link" aria-label={`Notifications, ${unread} unread`}>
            Inbox <span className={`inbox-count${unread ? " has-unread" : ""}`} data-testid="unread-count">{unread}</span>
          </Link>
          <Link href="/settings" className="settings-link">Settings</Link>
          <span className="who" data-testid="who">{actor.name} · {ROLE_LABELS[actor.role]}</span>
          <SignOutButton />
        </NavMenu>
      </header>
      <LiveUpdates />
      {children}
    </>
  );
}
