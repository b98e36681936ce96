import type { Metadata } from "next";
import Link from "next/link";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { requirePageActor } from "@/lib/server/http/page-actor";
import { listNotifications, type NotificationView } from "@/lib/server/notifications/inbox";
import { ActionForm } from "../claims/ui/action-form";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

const when = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

const WHAT: Record<NotificationKind, string> = {
  assigned: "assigned you a claim",
  verdict_returned: "returned your verdict",
  verdict_approved: "approved your verdict",
  mentioned: "mentioned you",
  commented: "commented on a claim you work on",
  claim_changed: "changed a claim you work on",
  overdue: "a claim assigned to you is past its due date",
};

function Item({ item }: { item: NotificationView }) {
  const href = item.claim ? `/claims/${item.claim.id}${item.commentId ? `#comment-${item.commentId}` : ""}` : null;
  return (
    <li className={`notification${item.readAt ? "" : " unread"}`} data-testid="notification" data-kind={item.kind}>
      <div>
        {item.kind === "overdue" ? <><strong>Overdue</strong>: {WHAT.overdue}</> : <><strong>{item.actor?.name ?? "Someone"}</strong> {WHAT[item.kind]}</>} <span className="muted">· {when(item.createdAt)} UTC</span>
      </div>
      {item.claim && href && <div><Link href={href}>{item.claim.statement.slice(0, 160)}</Link></div>}
      {item.text && <blockquote className="notification-text">{item.text}</blockquote>}
      {!item.readAt && <ActionForm action={markReadAction} hidden={{ id: item.id }} submit="Mark read" className="inline" label={`Mark read: ${WHAT[item.kind]}`} />}
    </li>
  );
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ unread?: string; cursor?: string }> }) {
  const actor = await requirePageActor("article:read");
  const { unread, cursor } = await searchParams;
  const page = await listNotifications(actor, { unread: unread === "1" ? "1" : undefined, cursor });
  return (
    <main>
      <h1>Notifications</h1>
      <p className="muted">
        {page.unread} unread · {unread === "1" ? <Link href="/notifications">show all</Link> : <Link href="/notifications?unread=1">show unread only</Link>} ·{" "}
        <Link href="/settings">choose what you are told about</Link>
      </p>
      {page.unread > 0 && <ActionForm action={markReadAction} hidden={{}} submit="Mark all read" className="inline" />}
      {page.items.length === 0 ? (
        <p className="muted">Nothing here yet.</p>
      ) : (
        <ol className="notification-list" data-testid="notifications">
          {page.items.map((item) => <Item key={item.id} item={item} />)}
        </ol>
      )}
      {page.nextCursor && <p><Link href={`/notifications?${new URLSearchParams({ ...(unread === "1" ? { unread: "1" } : {}), cursor: page.nextCursor })}`}>Older →</Link></p>}
    </main>
  );
}
